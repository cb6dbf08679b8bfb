// One way to write a date, and one to write a date and time, per language (ADR 0027). Pages ask
// next-intl for the named formats ("date", "dateTime") instead of choosing a dateStyle each:
// French and English use the short month ("3 déc. 2026"); Arabic spells the month out, because
// its medium style is all digits (03/12/2026) and reads as a different style from the others.
// Digits stay Latin in every language, as the rest of the app writes them.
import type { Formats } from "next-intl";
import type { Locale } from "./locales";

const DATE_STYLE: Record<Locale, "medium" | "long"> = { fr: "medium", en: "medium", ar: "long" };

export function formatsFor(locale: Locale) {
  const dateStyle = DATE_STYLE[locale];
  return {
    dateTime: {
      // Calendar dates are stored as UTC midnight (lib/dates/calendar.ts).
      date: { dateStyle, timeZone: "UTC", numberingSystem: "latn" },
      dateTime: { dateStyle, timeStyle: "short", numberingSystem: "latn" },
      // A meeting someone must attend (a BID session): the weekday spelled out.
      meeting: { dateStyle: "full", timeStyle: "short", numberingSystem: "latn" },
    },
  } satisfies Formats;
}
