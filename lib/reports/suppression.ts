// Small-cell suppression for the indicator report (ADR 0014, 0017), on the TRUE counts. Pure.
// Every count that leaves the data layer goes through here (and is then rounded, rounding.ts), so
// an exact number between 1 and 4 — small enough to point at a child — never reaches a page or an
// export.
import type { IndicatorBreakdown, ReportCount } from "./indicator-types";

/** The smallest count shown as a number. */
export const MIN_SHOWN_COUNT = 5;

/** A total: 1–4 → "<5"; 0 stays 0 (no child to identify); 5 and more are shown. */
export function suppressCount(count: number): ReportCount {
  return count > 0 && count < MIN_SHOWN_COUNT ? "<5" : count;
}

/** A hidden cell: "<5" when it is small, "hidden" when it is hidden only to protect another. */
function hiddenAs(count: number): ReportCount {
  return count < MIN_SHOWN_COUNT ? "<5" : "hidden";
}

export type RawRow = { key: string; count: number };

/**
 * A breakdown (every category of its domain, in order) and its total, suppressed. A total of 0
 * gives no rows (nobody in the period, nothing to break down). Otherwise every cell under 5 —
 * 0 included — reads "<5": a category going from 0 to 1 between two periods would otherwise name
 * the attribute of the child who makes the difference. When the total is shown and exactly one
 * cell is hidden, that cell could be recovered as total − (the other cells): the next smallest
 * cell is hidden too (complementary suppression), shown as "hidden", since it is not under 5.
 */
export function suppressBreakdown(total: number, rows: readonly RawRow[]): { total: ReportCount; rows: IndicatorBreakdown } {
  const shownTotal = suppressCount(total);
  if (total === 0) return { total: shownTotal, rows: [] };
  const hidden = new Set(rows.filter((row) => row.count < MIN_SHOWN_COUNT).map((row) => row.key));
  if (shownTotal !== "<5" && hidden.size === 1) {
    const next = rows
      .filter((row) => !hidden.has(row.key))
      .reduce<RawRow | null>((smallest, row) => (smallest === null || row.count < smallest.count ? row : smallest), null);
    if (next) hidden.add(next.key);
  }
  return {
    total: shownTotal,
    rows: rows.map((row) => ({ key: row.key, count: hidden.has(row.key) ? hiddenAs(row.count) : row.count })),
  };
}
