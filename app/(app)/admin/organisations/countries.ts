import { ORGANISATION_COUNTRY_CODES } from "@/lib/organisations/organisation.schema";
import { countryName } from "@/lib/reference/countries";

/**
 * The organisation form's countries, named in the UI's language (Intl.DisplayNames), Mauritania
 * first; `current` is kept when an organisation already has a country outside the usual list.
 */
export function countryOptions(locale: string, current?: string): { value: string; label: string }[] {
  const codes = current && !ORGANISATION_COUNTRY_CODES.includes(current) ? [...ORGANISATION_COUNTRY_CODES, current] : ORGANISATION_COUNTRY_CODES;
  const collator = new Intl.Collator(locale);
  const [first, ...rest] = codes.map((code) => ({ value: code, label: countryName(code, locale) }));
  return [first, ...rest.sort((a, b) => collator.compare(a.label, b.label))];
}
