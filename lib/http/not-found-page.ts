import "server-only";
import { getTranslations } from "next-intl/server";
import { directionOf, type Locale } from "@/lib/i18n/locales";

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * For route handlers that a user opens as a page (a file download or view): they cannot render the
 * app's not-found page (notFound() there answers 404 with an empty body, which the browser shows as
 * its own error page), so the same words as a small page.
 */
export async function notFoundPage(locale: Locale): Promise<Response> {
  const t = await getTranslations("notFound");
  const html = `<!doctype html><html lang="${locale}" dir="${directionOf(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(t("title"))}</title></head><body style="font-family: system-ui, 'Noto Sans', 'Noto Sans Arabic', sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; color: #0f172a"><main><h1>${escape(t("title"))}</h1><p>${escape(t("body"))}</p><p><a href="/">${escape(t("back"))}</a></p></main></body></html>`;
  return new Response(html, { status: 404, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store" } });
}
