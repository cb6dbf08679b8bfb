import { requireActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { exportCasePdf } from "@/lib/exports/case-pdf/export-case-pdf";
import { notFoundPage } from "@/lib/http/not-found-page";
import { currentLocale } from "@/lib/i18n/current-locale";

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
