// Translations for files generated outside a request (after the response, in the requester's
// language captured when they asked): the same messages as the UI, through next-intl's
// request-free translator.
import { createTranslator } from "next-intl";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import type { Locale } from "@/lib/i18n/locales";

const MESSAGES = { fr, en, ar } as const;

export type ExportTranslator = (key: string, values?: Record<string, string | number>) => string;

export function exportTranslator(locale: Locale): ExportTranslator {
  const t = createTranslator({ locale, messages: MESSAGES[locale] as Record<string, unknown> });
  return (key, values) => (t as unknown as (key: string, values?: Record<string, string | number>) => string)(key, values);
}
