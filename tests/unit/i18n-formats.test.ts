import { createFormatter } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { formatsFor } from "@/lib/i18n/formats";
import { formatList } from "@/lib/i18n/list-format";
import { TIME_ZONE } from "@/lib/i18n/locales";
import { organisationName } from "@/lib/organisations/organisation-name";
import { countryName, otherCountryCodesByName } from "@/lib/reference/countries";

describe("formatList", () => {
  it("joins a list the way each language does", () => {
    expect(formatList("fr", ["arabe", "français", "wolof"])).toBe("arabe, français et wolof");
    expect(formatList("en", ["Arabic", "French"])).toBe("Arabic and French");
    const ar = formatList("ar", ["العربية", "الفرنسية", "الولوفية"]);
    expect(ar).toContain("و");
    expect(ar).not.toContain(", ");
  });

  it("writes a single item as it is and nothing for an empty list", () => {
    expect(formatList("ar", ["العربية"])).toBe("العربية");
    expect(formatList("fr", [])).toBe("");
  });
});

describe("the named date formats", () => {
  const at = new Date("2026-12-03T14:05:00Z");
  const formatter = (locale: "fr" | "en" | "ar") => createFormatter({ locale, timeZone: TIME_ZONE, formats: formatsFor(locale) });

  it("write one style per language: short month in French and English, the month's name in Arabic, Latin digits", () => {
    expect(formatter("fr").dateTime(at, "date")).toBe("3 déc. 2026");
    expect(formatter("en").dateTime(at, "date")).toBe("Dec 3, 2026");
    const ar = formatter("ar").dateTime(at, "date");
    expect(ar).toContain("ديسمبر");
    expect(ar).toMatch(/2026/);
  });

  it("add the time to the same date style", () => {
    expect(formatter("fr").dateTime(at, "dateTime")).toMatch(/^3 déc\. 2026.*14:05$/);
    expect(formatter("ar").dateTime(at, "dateTime")).toMatch(/ديسمبر 2026.*\d{1,2}:05/);
  });

  it("name the weekday of a meeting, still in Latin digits", () => {
    expect(formatter("fr").dateTime(at, "meeting")).toMatch(/^jeudi 3 décembre 2026.*14:05$/);
    expect(formatter("ar").dateTime(at, "meeting")).toMatch(/الخميس.*2026.*\d{1,2}:05/);
  });

  it("shows a calendar date (UTC midnight) as that day", () => {
    expect(formatter("fr").dateTime(new Date("2026-01-05T00:00:00Z"), "date")).toBe("5 janv. 2026");
  });
});

describe("organisationName", () => {
  const iom = { name: "OIM Mauritanie", nameAr: "المنظمة الدولية للهجرة" };

  it("gives the Arabic form in the Arabic interface and the registered name elsewhere", () => {
    expect(organisationName(iom, "ar")).toBe("المنظمة الدولية للهجرة");
    expect(organisationName(iom, "fr")).toBe("OIM Mauritanie");
    expect(organisationName(iom, "en")).toBe("OIM Mauritanie");
  });

  it("falls back to the registered name when no Arabic form is recorded", () => {
    expect(organisationName({ name: "ONG Nouvelle", nameAr: null }, "ar")).toBe("ONG Nouvelle");
  });
});

describe("countries by the locale's collation", () => {
  it("sorts Égypte among the E's in French, not after Z", () => {
    const names = otherCountryCodesByName("fr").map((code) => countryName(code, "fr"));
    const egypt = names.indexOf("Égypte");
    expect(egypt).toBeLessThan(names.indexOf("Espagne"));
    expect(egypt).toBeGreaterThan(names.indexOf("Danemark"));
  });
});
