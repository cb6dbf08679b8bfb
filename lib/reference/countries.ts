// ISO 3166-1 alpha-2 codes. Names are localised at display time with Intl.DisplayNames, so
// the list needs no translation files. The region's usual nationalities come first in pickers.
export const COUNTRY_CODES = (
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW " +
  "BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI " +
  "FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN " +
  "IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME " +
  "MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF " +
  "PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV " +
  "SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE " +
  "YT ZA ZM ZW"
).split(" ");

/** Nationalities most often met at the CPISE centres (docs/domain.md, "Who and where"), listed first. */
export const FREQUENT_COUNTRY_CODES = ["SN", "ML", "GN", "GM", "SL", "MR", "CI", "BF", "NG", "GW"];

const known = new Set(COUNTRY_CODES);
export function isCountryCode(code: string): boolean {
  return known.has(code);
}

// One formatter per locale: building an Intl.DisplayNames loads locale data, and a caseload page
// names a country about 250 times (ADR 0021).
const displayNames = new Map<string, Intl.DisplayNames>();

export function countryName(code: string, locale: string): string {
  let names = displayNames.get(locale);
  if (!names) displayNames.set(locale, (names = new Intl.DisplayNames([locale], { type: "region" })));
  return names.of(code) ?? code;
}

const byName = new Map<string, string[]>();

/** The codes not in FREQUENT_COUNTRY_CODES, in the order of their names in `locale` (computed once per locale). */
export function otherCountryCodesByName(locale: string): string[] {
  let codes = byName.get(locale);
  if (!codes) {
    const collator = new Intl.Collator(locale);
    codes = COUNTRY_CODES.filter((code) => !FREQUENT_COUNTRY_CODES.includes(code))
      .map((code) => ({ code, name: countryName(code, locale) }))
      .sort((a, b) => collator.compare(a.name, b.name))
      .map(({ code }) => code);
    byName.set(locale, codes);
  }
  return codes;
}
