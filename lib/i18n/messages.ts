// The one place the message catalogues are loaded (docs/adr/0023-one-home-per-locale-rule.md): the
// request config (lib/i18n/request.ts) for pages, and translators for what is built outside a
// request (exports, the case PDF). server-only: a client component importing this would ship all
// three catalogues to the browser; client components get theirs from <ClientMessages>.
import "server-only";
import { createTranslator } from "use-intl/core";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import type { Locale } from "./locales";

export type Messages = Record<string, unknown>;

const CATALOGUES: Record<Locale, Messages> = { fr, en, ar };

export function messagesFor(locale: Locale): Messages {
  return CATALOGUES[locale];
}

/** A key-by-string translator (keys are built from codes: `sex.${child.sex}`). */
export type PlainTranslator = (key: string, values?: Record<string, string | number | Date>) => string;

/** Translates outside a request, with the same messages as the pages. */
export function translatorFor(locale: Locale): PlainTranslator {
  const t = createTranslator({ locale, messages: messagesFor(locale) });
  return (key, values) => (t as unknown as PlainTranslator)(key, values);
}
