import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { exportCasePdf } from "@/lib/exports/case-pdf/export-case-pdf";
import { currentLocale } from "@/lib/i18n/current-locale";
import { directionOf, type Locale } from "@/lib/i18n/locales";

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A route handler cannot render the app's not-found page (notFound() here answers 404 with an
 * empty body, which the browser shows as its own error page): the same words, as a small page.
 */
async function notFoundPage(locale: Locale): Promise<Response> {
  const t = await getTranslations("notFound");
  const html = `<!doctype html><html lang="${locale}" dir="${directionOf(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(t("title"))}</title></head><body style="font-family: system-ui, 'Noto Sans', 'Noto Sans Arabic', sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; color: #0f172a"><main><h1>${escape(t("title"))}</h1><p>${escape(t("body"))}</p><p><a href="/">${escape(t("back"))}</a></p></main></body></html>`;
  return new Response(html, { status: 404, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store" } });
}

/**
 * The case file as a PDF download, in the user's language. Same rule as the case pages: out of
 * scope or unknown → 404. Never cached; the file name is the case number only (no names).
 */
export async function GET(_request: Request, { params }: RouteContext<"/cases/[caseId]/pdf">) {
  const actor = await requireActor();
  const { caseId } = await params;
  const locale = await currentLocale();
  try {
    const pdf = await exportCasePdf(actor, caseId, locale);
    return new Response(new Uint8Array(pdf.bytes), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${pdf.caseNumber}.pdf"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundPage(locale);
    throw error;
  }
}
