import { describe, expect, it } from "vitest";
import { daysInCare, placesOf, startOfMonth, startOfWeek, visitDue } from "@/lib/placements/occupancy";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("occupancy maths", () => {
  it("weeks start on Monday, months on the 1st", () => {
    expect(startOfWeek(d("2026-11-19"))).toEqual(d("2026-11-16")); // Thursday
    expect(startOfWeek(d("2026-11-16"))).toEqual(d("2026-11-16")); // Monday
    expect(startOfWeek(d("2026-11-22"))).toEqual(d("2026-11-16")); // Sunday
    expect(startOfWeek(d("2026-11-01"))).toEqual(d("2026-10-26")); // across months
    expect(startOfMonth(d("2026-11-19"))).toEqual(d("2026-11-01"));
  });

  it("free places never go negative; over capacity is counted", () => {
    expect(placesOf(10, 3)).toEqual({ free: 7, over: 0, percent: 30 });
    expect(placesOf(10, 10)).toEqual({ free: 0, over: 0, percent: 100 });
    expect(placesOf(10, 12)).toEqual({ free: 0, over: 2, percent: 120 });
    expect(placesOf(0, 0)).toEqual({ free: 0, over: 0, percent: 0 });
  });

  it("days in care count from the admission day (day 0)", () => {
    expect(daysInCare(d("2026-11-19"), d("2026-11-19"))).toBe(0);
    expect(daysInCare(d("2026-10-01"), d("2026-11-19"))).toBe(49);
  });

  it("visit due: overdue once passed, due soon within a week", () => {
    const today = d("2026-11-19");
    expect(visitDue(null, today)).toBe("none");
    expect(visitDue(d("2026-11-18"), today)).toBe("overdue");
    expect(visitDue(d("2026-11-19"), today)).toBe("dueSoon");
    expect(visitDue(d("2026-11-26"), today)).toBe("dueSoon");
    expect(visitDue(d("2026-11-27"), today)).toBe("planned");
  });
});
