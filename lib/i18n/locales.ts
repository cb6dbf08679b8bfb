// The one home of the locale rules (docs/adr/0023-one-home-per-locale-rule.md): the languages the
// app speaks, the default one, which are written right to left, and the time zone dates are shown
// in. Every other file asks here; eslint refuses locale literals and message imports elsewhere.
export const LOCALES = ["fr", "en", "ar"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "fr";
export const LOCALE_COOKIE = "NEXT_LOCALE";
/** Mauritania's time zone (UTC all year): dates and times are shown as the staff live them. */
export const TIME_ZONE = "Africa/Nouakchott";

export type Direction = "ltr" | "rtl";
const RIGHT_TO_LEFT: readonly Locale[] = ["ar"];

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The locale itself when the app speaks it, otherwise the default (a stale cookie, a stored job). */
export function resolveLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** Takes any string so that client components can pass next-intl's `useLocale()` as it is. */
export function isRightToLeft(locale: string): boolean {
  return (RIGHT_TO_LEFT as readonly string[]).includes(locale);
}

export function directionOf(locale: string): Direction {
  return isRightToLeft(locale) ? "rtl" : "ltr";
}

/** Whether names that have an Arabic form (organisations) are shown in it. */
export function writesInArabic(locale: string): boolean {
  return locale === "ar";
}
