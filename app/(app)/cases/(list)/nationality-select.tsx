"use client";
import { useLocale } from "next-intl";
import { countryName, FREQUENT_COUNTRY_CODES } from "@/lib/reference/countries";

/**
 * The nationality filter's options. A client component so that the page's React Server
 * Components payload carries the ~240 country codes only: the names are in the HTML (the form
 * works without JavaScript) and the browser names them again itself (ADR 0021). The order comes
 * from the server; a browser whose ICU spells a name differently keeps the server's text.
 */
export function NationalitySelect({ id, className, defaultValue, anyLabel, otherCodes }: {
  id: string;
  className: string;
  defaultValue: string;
  anyLabel: string;
  /** The codes after the frequent ones, sorted by name on the server. */
  otherCodes: string[];
}) {
  const locale = useLocale();
  const option = (code: string) => (
    <option key={code} value={code} suppressHydrationWarning>
      {countryName(code, locale)}
    </option>
  );
  return (
    <select id={id} name="nationality" defaultValue={defaultValue} className={className}>
      <option value="">{anyLabel}</option>
      {FREQUENT_COUNTRY_CODES.map(option)}
      <option disabled>──────────</option>
      {otherCodes.map(option)}
    </select>
  );
}
