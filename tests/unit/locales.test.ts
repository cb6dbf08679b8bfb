import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, directionOf, isLocale, isRightToLeft, LOCALES, resolveLocale } from "@/lib/i18n/locales";
import { messagesFor, translatorFor } from "@/lib/i18n/messages";

describe("the locale rules (lib/i18n/locales.ts)", () => {
  it("speaks French, English and Arabic, French by default", () => {
    expect(LOCALES).toEqual(["fr", "en", "ar"]);
    expect(DEFAULT_LOCALE).toBe("fr");
  });

  it("writes Arabic, and only Arabic, right to left", () => {
    expect(LOCALES.filter(isRightToLeft)).toEqual(["ar"]);
    expect(LOCALES.map(directionOf)).toEqual(["ltr", "ltr", "rtl"]);
    // next-intl hands client components any string: an unknown one is left to right.
    expect(directionOf("de")).toBe("ltr");
  });

  it("keeps a locale it speaks and falls back to the default for anything else", () => {
    for (const locale of LOCALES) expect(resolveLocale(locale)).toBe(locale);
    for (const other of ["de", "AR", "", null, undefined, 3, ["ar"]]) expect(resolveLocale(other)).toBe(DEFAULT_LOCALE);
    expect(isLocale("ar")).toBe(true);
    expect(isLocale("ar-MR")).toBe(false);
  });
});

describe("message loading (lib/i18n/messages.ts)", () => {
  it("gives each locale its own catalogue and translates outside a request", () => {
    expect(new Set(LOCALES.map(messagesFor)).size).toBe(LOCALES.length);
    expect(LOCALES.map((locale) => translatorFor(locale)("risk.HIGH"))).toEqual(["Élevé", "High", "مرتفع"]);
    expect(translatorFor("fr")("case.ageYears", { age: 12 })).toBe("12 ans");
  });
});
