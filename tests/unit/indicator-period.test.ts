import { describe, expect, it } from "vitest";
import { defaultIndicatorPeriod, indicatorPeriodSchema, lastEndedMonth, periodBounds, periodDays } from "@/lib/reports/indicator-period";

const NOW = new Date("2026-11-22T10:00:00Z");
const errors = (input: unknown) => {
  const parsed = indicatorPeriodSchema(NOW).safeParse(input);
  // The first message per field, as the page and the export show it.
  const first: Record<string, string> = {};
  for (const issue of parsed.success ? [] : parsed.error.issues) first[String(issue.path[0])] ??= issue.message;
  return first;
};

describe("indicatorPeriodSchema: whole calendar months that have ended", () => {
  it.each([
    [{ from: "2026-01", to: "2026-10" }],
    [{ from: "2026-10", to: "2026-10" }],
    [{ from: "2016-11", to: "2026-10" }],
    [{ from: " 2025-12 ", to: "2026-01" }],
  ])("accepts %o", (period) => {
    expect(errors(period)).toEqual({});
  });

  it.each([
    // Free dates: the differencing attack (1 Jan–30 Oct against 1 Jan–31 Oct).
    [{ from: "2026-01-01", to: "2026-10-30" }, { from: "periodWholeMonth", to: "periodWholeMonth" }],
    [{ from: "2026-01", to: "2026-10-31" }, { to: "periodWholeMonth" }],
    [{ from: "2026-13", to: "2026-00" }, { from: "periodWholeMonth", to: "periodWholeMonth" }],
    [{ from: "2026-W01", to: "2026-1" }, { from: "periodWholeMonth", to: "periodWholeMonth" }],
    [{ from: "0026-01", to: "2026-01" }, { from: "periodWholeMonth" }],
    [{ from: "", to: "2026-10" }, { from: "required" }],
    [{ to: "2026-10" }, { from: "required" }],
    // November 2026 is still running on 22 November.
    [{ from: "2026-01", to: "2026-11" }, { to: "periodMonthNotEnded" }],
    [{ from: "2026-12", to: "2027-01" }, { from: "periodMonthNotEnded", to: "periodMonthNotEnded" }],
    [{ from: "2026-10", to: "2026-09" }, { to: "periodEndBeforeStart" }],
    [{ from: "2016-10", to: "2026-10" }, { to: "periodTooLong" }],
  ])("refuses %o", (period, expected) => {
    expect(errors(period)).toEqual(expected);
  });

  it("lets a month in once it has ended", () => {
    expect(indicatorPeriodSchema(new Date("2026-12-01T00:00:00Z")).safeParse({ from: "2026-11", to: "2026-11" }).success).toBe(true);
    expect(indicatorPeriodSchema(new Date("2026-11-30T23:59:59Z")).safeParse({ from: "2026-11", to: "2026-11" }).success).toBe(false);
  });
});

describe("period helpers", () => {
  it("the last ended month and the default period, across a year's end", () => {
    expect(lastEndedMonth(NOW)).toBe("2026-10");
    expect(defaultIndicatorPeriod(NOW)).toEqual({ from: "2026-01", to: "2026-10" });
    expect(defaultIndicatorPeriod(new Date("2027-01-15T00:00:00Z"))).toEqual({ from: "2026-01", to: "2026-12" });
    expect(defaultIndicatorPeriod(new Date("2026-02-01T00:00:00Z"))).toEqual({ from: "2026-01", to: "2026-01" });
  });

  it("bounds and days of a period", () => {
    expect(periodBounds({ from: "2026-01", to: "2026-12" })).toEqual({
      start: new Date("2026-01-01T00:00:00Z"),
      endExclusive: new Date("2027-01-01T00:00:00Z"),
    });
    expect(periodDays({ from: "2024-02", to: "2024-02" })).toEqual({ firstDay: "2024-02-01", lastDay: "2024-02-29" });
    expect(periodDays({ from: "2026-01", to: "2026-10" })).toEqual({ firstDay: "2026-01-01", lastDay: "2026-10-31" });
  });
});
