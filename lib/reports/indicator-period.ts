// The indicator report's period, from the URL (?from=YYYY-MM&to=YYYY-MM) or an export request:
// whole calendar months that have ended (ADR 0017). Pure. Error messages are keys under "errors"
// in messages/*.json.
import { z } from "zod";
import { inputString } from "@/lib/text/input-string";
import type { IndicatorPeriod } from "./indicator-types";

/** Longer periods are no report a donor asks for, and a costly query. */
export const MAX_PERIOD_YEARS = 10;

const MONTH = /^((?:19|20)\d{2})-(0[1-9]|1[0-2])$/;

/** Months since year 0 for "YYYY-MM"; null for anything else (a day, a week, free text). */
function monthIndex(value: string): number | null {
  const match = MONTH.exec(value);
  return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : null;
}

function toMonth(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** The last month that has ended on `now` (UTC): the latest month a report may cover. */
export function lastEndedMonth(now: Date): string {
  return toMonth(now.getUTCFullYear() * 12 + now.getUTCMonth() - 1);
}

const month = inputString({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .refine((value) => monthIndex(value) !== null, { error: "periodWholeMonth" });

/**
 * A period of whole months, `from` to `to` inclusive, both ended on `now`: a day-level period
 * would let two reports differ by one child (ADR 0017), and a month still running changes under
 * the same rounding key from one day to the next.
 */
export function indicatorPeriodSchema(now: Date) {
  const latest = monthIndex(lastEndedMonth(now))!;
  return z.object({ from: month, to: month }).superRefine(({ from, to }, ctx) => {
    const start = monthIndex(from);
    const end = monthIndex(to);
    if (start === null || end === null) return;
    if (start > latest) ctx.addIssue({ code: "custom", path: ["from"], message: "periodMonthNotEnded" });
    if (end > latest) ctx.addIssue({ code: "custom", path: ["to"], message: "periodMonthNotEnded" });
    else if (end < start) ctx.addIssue({ code: "custom", path: ["to"], message: "periodEndBeforeStart" });
    else if (end - start >= MAX_PERIOD_YEARS * 12) ctx.addIssue({ code: "custom", path: ["to"], message: "periodTooLong" });
  });
}

/** The default period: January to the last ended month, of that month's year. */
export function defaultIndicatorPeriod(now: Date = new Date()): IndicatorPeriod {
  const to = lastEndedMonth(now);
  return { from: `${to.slice(0, 4)}-01`, to };
}

/** First and last day ("YYYY-MM-DD") of a period: for the date columns, compared inclusively. */
export type PeriodDays = { firstDay: string; lastDay: string };

export function periodDays(period: IndicatorPeriod): PeriodDays {
  const { endExclusive } = periodBounds(period);
  return { firstDay: `${period.from}-01`, lastDay: new Date(endExclusive.getTime() - 86_400_000).toISOString().slice(0, 10) };
}

/** Start and end as UTC midnights, `end` exclusive (the first day of the month after `to`): for half-open SQL ranges. */
export function periodBounds(period: IndicatorPeriod): { start: Date; endExclusive: Date } {
  const start = monthIndex(period.from)!;
  const end = monthIndex(period.to)! + 1;
  return {
    start: new Date(Date.UTC(Math.floor(start / 12), start % 12, 1)),
    endExclusive: new Date(Date.UTC(Math.floor(end / 12), end % 12, 1)),
  };
}

/** The rounding key's period part (ADR 0017): the same months, the same key. */
export function periodKey(period: IndicatorPeriod): string {
  return `${period.from}..${period.to}`;
}
