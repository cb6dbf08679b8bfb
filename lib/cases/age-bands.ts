// The reporting age bands (docs/domain.md, "Indicators") as date-of-birth ranges, pure. A child is in a
// band when their age in whole years today (lib/dates/calendar.ts `ageOn`) is within it, so the
// caseload filter agrees with the age the list shows.
export const AGE_BANDS = ["0-5", "6-11", "12-14", "15-17"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

const BOUNDS: Record<AgeBand, { min: number; max: number }> = {
  "0-5": { min: 0, max: 5 },
  "6-11": { min: 6, max: 11 },
  "12-14": { min: 12, max: 14 },
  "15-17": { min: 15, max: 17 },
};

export function isAgeBand(value: string): value is AgeBand {
  return (AGE_BANDS as readonly string[]).includes(value);
}

export function ageBandBounds(band: AgeBand): { min: number; max: number } {
  return BOUNDS[band];
}

/**
 * The same calendar day `years` years before `on` (UTC). For 29 February in a year that has none,
 * the 28th: a child born on 29 February turns a year older on 1 March in common years (ageOn).
 */
function yearsBefore(on: Date, years: number): Date {
  const year = on.getUTCFullYear() - years;
  const month = on.getUTCMonth();
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(on.getUTCDate(), lastDay)));
}

/**
 * Birth dates of the children in `band` on the day `today` (UTC midnight):
 * `after < dateOfBirth <= onOrBefore`.
 */
export function ageBandBirthDates(band: AgeBand, today: Date): { after: Date; onOrBefore: Date } {
  const { min, max } = BOUNDS[band];
  return { after: yearsBefore(today, max + 1), onOrBefore: yearsBefore(today, min) };
}
