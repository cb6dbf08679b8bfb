// Translations for files generated outside a request (after the response, in the requester's
// language captured when they asked): the same messages as the UI (lib/i18n/messages.ts).
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/messages";

export type ExportTranslator = (key: string, values?: Record<string, string | number>) => string;

export function exportTranslator(locale: Locale): ExportTranslator {
  return translatorFor(locale);
}
