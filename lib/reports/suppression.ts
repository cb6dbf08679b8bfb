// Small-cell suppression for the indicator report (ADR 0014). Pure. Every count that leaves the
// data layer goes through here, so an exact number between 1 and 4 — small enough to point at a
// child — never reaches a page or an export.
import type { IndicatorBreakdown, ReportCount } from "./indicator-types";

/** The smallest count shown exactly. */
export const MIN_SHOWN_COUNT = 5;

/** 1–4 → "<5"; 0 stays 0 (no child to identify); 5 and more are shown. */
export function suppressCount(count: number): ReportCount {
  return count > 0 && count < MIN_SHOWN_COUNT ? "<5" : count;
}

/** A hidden cell: "<5" when it is small, "hidden" when it is hidden only to protect another. */
function hiddenAs(count: number): ReportCount {
  return count < MIN_SHOWN_COUNT ? "<5" : "hidden";
}

export type RawRow = { key: string; count: number };

/**
 * A breakdown and its total, suppressed. Cells of 1–4 become "<5", and so does the total when it
 * is 1–4. When the total is shown and exactly one cell is hidden, that cell could be recovered as
 * total − (the other cells): the next smallest non-zero cell is hidden too (complementary
 * suppression) — shown as "hidden", not "<5", since it is not under 5. Zero cells are left out
 * (the type's "empty categories left out"); row order is kept.
 */
export function suppressBreakdown(total: number, rows: readonly RawRow[]): { total: ReportCount; rows: IndicatorBreakdown } {
  const nonZero = rows.filter((row) => row.count > 0);
  const hidden = new Set(nonZero.filter((row) => suppressCount(row.count) === "<5").map((row) => row.key));
  const shownTotal = suppressCount(total);
  if (shownTotal !== "<5" && hidden.size === 1) {
    const next = nonZero
      .filter((row) => !hidden.has(row.key))
      .reduce<RawRow | null>((smallest, row) => (smallest === null || row.count < smallest.count ? row : smallest), null);
    if (next) hidden.add(next.key);
  }
  return {
    total: shownTotal,
    rows: nonZero.map((row) => ({ key: row.key, count: hidden.has(row.key) ? hiddenAs(row.count) : row.count })),
  };
}
