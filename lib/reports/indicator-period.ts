// The indicator report's period, from the URL (?from=YYYY-MM-DD&to=YYYY-MM-DD) or an export
// request. Pure. Error messages are keys under "errors" in messages/*.json.
import { z } from "zod";
import { inputString } from "@/lib/text/input-string";
import { parseIsoDate, toIsoDate, todayUtc } from "@/lib/cases/dates";
import type { IndicatorPeriod } from "./indicator-types";

/** Longer periods are no report a donor asks for, and a costly query. */
export const MAX_PERIOD_YEARS = 10;

const isoDate = inputString({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .refine((value) => parseIsoDate(value) !== null, { error: "invalidDate" });

export const indicatorPeriodSchema = z
  .object({ from: isoDate, to: isoDate })
  .superRefine(({ from, to }, ctx) => {
    const start = parseIsoDate(from);
    const end = parseIsoDate(to);
    if (!start || !end) return;
    if (end < start) ctx.addIssue({ code: "custom", path: ["to"], message: "periodEndBeforeStart" });
    else if (end.getUTCFullYear() - start.getUTCFullYear() > MAX_PERIOD_YEARS)
      ctx.addIssue({ code: "custom", path: ["to"], message: "periodTooLong" });
  });

/** The default period: 1 January of this year to today. */
export function defaultIndicatorPeriod(now: Date = new Date()): IndicatorPeriod {
  const today = todayUtc(now);
  return { from: `${today.getUTCFullYear()}-01-01`, to: toIsoDate(today) };
}

/** Start and end as UTC midnights, `end` exclusive (the day after `to`): for half-open SQL ranges. */
export function periodBounds(period: IndicatorPeriod): { start: Date; endExclusive: Date } {
  const start = parseIsoDate(period.from)!;
  const end = parseIsoDate(period.to)!;
  return { start, endExclusive: new Date(end.getTime() + 86_400_000) };
}
