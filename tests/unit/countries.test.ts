import { describe, expect, it } from "vitest";
import { COUNTRY_CODES, countryName, FREQUENT_COUNTRY_CODES, otherCountryCodesByName } from "@/lib/reference/countries";

describe("country names", () => {
  it("names a country in the user's language", () => {
    expect(countryName("GN", "fr")).toBe("Guinée");
    expect(countryName("GN", "en")).toBe("Guinea");
    expect(countryName("GN", "ar")).toBe("غينيا");
  });

  it("lists the other countries once each, without the frequent ones, in the order of their names", () => {
    for (const locale of ["fr", "en", "ar"]) {
      const codes = otherCountryCodesByName(locale);
      expect(new Set(codes).size).toBe(COUNTRY_CODES.length - FREQUENT_COUNTRY_CODES.length);
      expect(codes.filter((code) => FREQUENT_COUNTRY_CODES.includes(code))).toEqual([]);
      const names = codes.map((code) => countryName(code, locale));
      expect(names).toEqual([...names].sort(new Intl.Collator(locale).compare));
    }
    // French order, not the codes': Allemagne (DE) before Andorre (AD).
    const fr = otherCountryCodesByName("fr");
    expect(fr.indexOf("DE")).toBeLessThan(fr.indexOf("AD"));
  });

  it("sorts once per locale: the caseload asks on every request", () => {
    expect(otherCountryCodesByName("fr")).toBe(otherCountryCodesByName("fr"));
  });
});
