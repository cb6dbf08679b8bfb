import { describe, it, expect } from "vitest";
import { ageOn, dateOfBirthForEstimatedAge, parseIsoDate, todayUtc, toIsoDate } from "@/lib/dates/calendar";

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("parseIsoDate", () => {
  it.each(["2026-02-28", "2024-02-29", "2026-12-31", "2026-01-01", "2000-02-29"])("accepts %s as UTC midnight", (value) => {
    const date = parseIsoDate(value);
    expect(date).toBeInstanceOf(Date);
    expect(date!.toISOString()).toBe(`${value}T00:00:00.000Z`);
  });

  it.each([
    "2026-02-30",
    "2026-02-29", // not a leap year
    "1900-02-29", // not a leap year either
    "2026-13-01",
    "2026-00-10",
    "2026-04-31",
    "2026-01-00",
    "2026-2-3",
    "26-02-03",
    "2026/02/03",
    "2026-02-03T00:00:00Z",
    " 2026-02-03",
    "",
    "abc",
  ])("rejects %j", (value) => {
    expect(parseIsoDate(value)).toBeNull();
  });
});

describe("toIsoDate", () => {
  it.each(["2026-02-28", "2024-02-29", "2008-11-23", "2026-12-31"])("round-trips %s", (value) => {
    expect(toIsoDate(parseIsoDate(value)!)).toBe(value);
  });

  it("gives the UTC date, whatever the time of day", () => {
    expect(toIsoDate(new Date("2026-11-22T23:59:59.999Z"))).toBe("2026-11-22");
  });
});

describe("todayUtc", () => {
  it("is UTC midnight of the given instant's UTC date", () => {
    expect(todayUtc(new Date("2026-11-22T23:59:59.999Z")).toISOString()).toBe("2026-11-22T00:00:00.000Z");
    expect(todayUtc(new Date("2026-11-22T00:00:00.000Z")).toISOString()).toBe("2026-11-22T00:00:00.000Z");
  });
});

describe("ageOn", () => {
  const birth = d("2010-06-15");

  it.each([
    ["2026-06-14", 15], // day before the birthday
    ["2026-06-15", 16], // on the birthday
    ["2026-06-16", 16],
    ["2026-05-31", 15], // earlier month
    ["2026-07-01", 16], // later month
    ["2026-01-01", 15],
    ["2026-12-31", 16],
    ["2010-06-15", 0], // day of birth
  ])("born 2010-06-15, on %s is %i", (on, age) => {
    expect(ageOn(birth, d(on))).toBe(age);
  });

  it.each([
    ["2024-02-29", 0],
    ["2025-02-28", 0], // no 29 February: not yet a year old
    ["2025-03-01", 1],
    ["2027-02-28", 2],
    ["2027-03-01", 3],
    ["2028-02-28", 3],
    ["2028-02-29", 4], // leap year: the real birthday
  ])("born on a leap day (2024-02-29), on %s is %i", (on, age) => {
    expect(ageOn(d("2024-02-29"), d(on))).toBe(age);
  });

  it("is not confused by the time of day of `on`", () => {
    expect(ageOn(birth, new Date("2026-06-14T23:59:59Z"))).toBe(15);
    expect(ageOn(birth, new Date("2026-06-15T00:00:01Z"))).toBe(16);
  });
});

describe("dateOfBirthForEstimatedAge", () => {
  const ages = Array.from({ length: 18 }, (_, age) => age);
  const todays = [
    "2026-11-22",
    "2026-01-01",
    "2026-12-31",
    "2026-08-31", // six months back lands on 31 February
    "2026-03-31",
    "2028-02-29", // leap day
    "2026-06-30",
  ];

  for (const today of todays) {
    it.each(ages)(`today ${today}: age %i reads back as that age`, (age) => {
      const dob = dateOfBirthForEstimatedAge(age, d(today));
      expect(ageOn(dob, d(today))).toBe(age);
      expect(dob.getTime()).toBeLessThan(d(today).getTime());
    });
  }

  it("is UTC midnight, about half a year past the birthday", () => {
    const dob = dateOfBirthForEstimatedAge(10, d("2026-11-22"));
    expect(dob.toISOString()).toBe("2016-05-22T00:00:00.000Z");
  });
});
