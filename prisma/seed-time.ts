// The demo's calendar: everything in the case files happens by RECORDS_UNTIL, and due dates are
// chosen so that on DEMO_TODAY a realistic share of the open cases is overdue.
import { DAY } from "./seed-children";

export const HOUR = 3_600_000;
/** The last day on which anything is recorded in a demo case file. */
export const RECORDS_UNTIL = Date.UTC(2026, 10, 20);
/** "Today" for the demo data: the overdue picture is designed for this day. */
export const DEMO_TODAY = Date.UTC(2026, 10, 22);

/** Midnight (UTC) of the day of `time`. */
export function dayOf(time: Date | number): number {
  return Math.floor(new Date(time).getTime() / DAY) * DAY;
}

/** `hour` o'clock on `day` (a midnight), to the minute given. */
export function at(day: number, hour: number, minute = 0): Date {
  return new Date(day + hour * HOUR + minute * 60_000);
}
