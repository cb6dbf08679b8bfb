// The indicator report's shape, shared by the report page and its exports. Pure types: every
// count in it has been through the small-cell suppression (lib/reports/suppression.ts, on the
// true counts) and then rounded to base 5 (lib/reports/rounding.ts, ADR 0017), so no true count
// ever leaves the data layer.

/**
 * A count as it may be shown: a multiple of 5 (randomly rounded from the true number); "<5" where
 * the true number is under 5 (0 to 4 in a breakdown, 1 to 4 for a total) and could identify a
 * child; "hidden" where the number is 5 or more but hidden so that a "<5" cannot be recovered by
 * subtracting the other cells from the total (complementary suppression).
 */
export type ReportCount = number | "<5" | "hidden";

/** One category of a breakdown. `key` is stable (centre code, enum value, ISO country, age band, "UNKNOWN"). */
export type IndicatorRow = { key: string; count: ReportCount };

/**
 * A breakdown of one population along one dimension: every category of the dimension, the same
 * for every period (ADR 0017), in a stable order; no rows when the total is 0.
 */
export type IndicatorBreakdown = IndicatorRow[];

export const POPULATION_DIMENSIONS = ["centre", "sex", "ageBand", "nationality", "mobilityProfile"] as const;
export type PopulationDimension = (typeof POPULATION_DIMENSIONS)[number];

/** Children counted once each, with the same breakdowns. */
export type PopulationIndicators = {
  total: ReportCount;
  by: Record<PopulationDimension, IndicatorBreakdown>;
};

/** Whole calendar months (ADR 0017). */
export type IndicatorPeriod = {
  /** "YYYY-MM", inclusive from its first day. */
  from: string;
  /** "YYYY-MM", inclusive to its last day. */
  to: string;
};

export type IndicatorReport = {
  period: IndicatorPeriod;
  generatedAt: Date;
  /** Children registered during the period. */
  registered: PopulationIndicators;
  /** Children who had a placement overlapping the period. */
  accommodated: PopulationIndicators;
  /** Signed BID decisions in the period, by outcome (key: BidOutcome). */
  bidDecisionsByOutcome: { total: ReportCount; rows: IndicatorBreakdown };
  /** Case closures approved in the period, by reason (key: ClosureReason). */
  closuresByReason: { total: ReportCount; rows: IndicatorBreakdown };
  /**
   * Children left out because consent to non-identifying reporting is not recorded, so the reader
   * sees how much is missing: no attribute of a child, so not suppressed, but rounded to base 5
   * like every published number.
   */
  excludedNoConsent: { registered: number; accommodated: number; bidDecisions: number; closures: number };
  /** Centre labels for `by.centre` keys (centre code → name); centres are no personal data. */
  centreNames: Record<string, string>;
};
