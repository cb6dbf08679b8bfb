import { describe, expect, it } from "vitest";
import { AGE_BANDS, ageBandBirthDates, ageBandBounds, isAgeBand, type AgeBand } from "@/lib/cases/age-bands";
import { ageOn } from "@/lib/dates/calendar";

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const DAY = 86_400_000;

function inRange(dateOfBirth: Date, band: AgeBand, today: Date) {
  const { after, onOrBefore } = ageBandBirthDates(band, today);
  return dateOfBirth > after && dateOfBirth <= onOrBefore;
}

describe("age bands", () => {
  it("are the reporting bands 0–5, 6–11, 12–14, 15–17", () => {
    expect(AGE_BANDS).toEqual(["0-5", "6-11", "12-14", "15-17"]);
    expect(AGE_BANDS.map(ageBandBounds)).toEqual([
      { min: 0, max: 5 },
      { min: 6, max: 11 },
      { min: 12, max: 14 },
      { min: 15, max: 17 },
    ]);
  });

  it.each(["0-5", "15-17"])("recognises %s", (value) => expect(isAgeBand(value)).toBe(true));
  it.each(["", "18+", "0–5", "5-0", "12-15"])("rejects %j", (value) => expect(isAgeBand(value)).toBe(false));

  it("gives the birth dates of children aged 12 to 14 on a given day", () => {
    expect(ageBandBirthDates("12-14", d("2026-11-22"))).toEqual({ after: d("2011-11-22"), onOrBefore: d("2014-11-22") });
  });

  it("counts a birthday today as a year older: 12 today is in 12–14, 15 today is not", () => {
    const today = d("2026-11-22");
    expect(inRange(d("2014-11-22"), "12-14", today)).toBe(true); // 12 today
    expect(inRange(d("2014-11-23"), "12-14", today)).toBe(false); // 11 until tomorrow
    expect(inRange(d("2011-11-23"), "12-14", today)).toBe(true); // 14, turns 15 tomorrow
    expect(inRange(d("2011-11-22"), "12-14", today)).toBe(false); // 15 today
    expect(inRange(d("2011-11-22"), "15-17", today)).toBe(true);
  });

  it("includes a baby born today in 0–5", () => {
    expect(inRange(d("2026-11-22"), "0-5", d("2026-11-22"))).toBe(true);
    expect(inRange(d("2026-11-23"), "0-5", d("2026-11-22"))).toBe(false);
  });

  it("handles 29 February: born on it, a child turns a year older on 1 March in common years", () => {
    expect(inRange(d("2012-02-29"), "12-14", d("2027-02-28"))).toBe(true); // 14 until tomorrow
    expect(inRange(d("2012-02-29"), "12-14", d("2027-03-01"))).toBe(false); // 15
    expect(inRange(d("2012-02-29"), "15-17", d("2027-03-01"))).toBe(true);
    expect(inRange(d("2013-02-28"), "12-14", d("2028-02-29"))).toBe(false); // 15 on the leap day
  });

  // Whatever the day, the band agrees with the age the caseload shows (ageOn).
  it("agrees with ageOn for every birth date over 20 years, on ordinary days, leap days and year ends", () => {
    const disagreements: string[] = [];
    for (const today of [d("2026-11-22"), d("2028-02-29"), d("2027-02-28"), d("2027-03-01"), d("2026-12-31"), d("2027-01-01")]) {
      for (let t = today.getTime() - 20 * 366 * DAY; t <= today.getTime() + DAY; t += DAY) {
        const dateOfBirth = new Date(t);
        const age = ageOn(dateOfBirth, today);
        for (const band of AGE_BANDS) {
          const { min, max } = ageBandBounds(band);
          if (inRange(dateOfBirth, band, today) !== (age >= min && age <= max)) {
            disagreements.push(`${dateOfBirth.toISOString()} on ${today.toISOString()} in ${band}`);
          }
        }
      }
    }
    expect(disagreements).toEqual([]);
  });
});
