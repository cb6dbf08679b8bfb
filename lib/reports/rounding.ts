// Deterministic random rounding to base 5 of every published indicator count (ADR 0017).
// Pure: the keyed hash stands in for the random draw, so the same cell of the same period always
// gets the same published value, and asking again teaches nothing new.
import { createHmac } from "node:crypto";
import { POPULATION_DIMENSIONS, type IndicatorBreakdown, type IndicatorReport, type PopulationIndicators, type ReportCount } from "./indicator-types";

export const ROUNDING_BASE = 5;

/**
 * Rounds `count` to a multiple of 5: a multiple of 5 (0 included) stays as it is; otherwise up
 * with probability remainder / 5 and down otherwise, so the published value is unbiased and within
 * 4 of the truth. The draw is HMAC-SHA256(secret, cell key | true count): another true count or
 * another cell (period, section, breakdown, category) is a fresh draw.
 */
export function randomRound(count: number, cellKey: string, secret: string | Buffer): number {
  const remainder = count % ROUNDING_BASE;
  if (remainder === 0) return count;
  const digest = createHmac("sha256", secret).update(`${cellKey}|${count}`).digest();
  const draw = digest.readUInt32BE(0) / 2 ** 32;
  const down = count - remainder;
  return draw < remainder / ROUNDING_BASE ? down + ROUNDING_BASE : down;
}

type Round = (cell: string, count: number) => number;

function roundCount(count: ReportCount, cell: string, round: Round): ReportCount {
  return typeof count === "number" ? round(cell, count) : count;
}

function roundRows(rows: IndicatorBreakdown, prefix: string, round: Round): IndicatorBreakdown {
  return rows.map((row) => ({ key: row.key, count: roundCount(row.count, `${prefix}|${row.key}`, round) }));
}

function roundPopulation(population: PopulationIndicators, section: string, round: Round): PopulationIndicators {
  const by = Object.fromEntries(
    POPULATION_DIMENSIONS.map((dimension) => [dimension, roundRows(population.by[dimension], `${section}|${dimension}`, round)]),
  ) as PopulationIndicators["by"];
  return { total: roundCount(population.total, `${section}|total`, round), by };
}

/**
 * The published report: every number of a suppressed report (true counts in the shown cells)
 * rounded on its own — a total is drawn for itself, never the sum of rounded cells — and the
 * suppression marks kept. `periodKey` is part of every cell's key.
 */
export function roundReport(report: IndicatorReport, periodKey: string, secret: string | Buffer): IndicatorReport {
  const round: Round = (cell, count) => randomRound(count, `${periodKey}|${cell}`, secret);
  const grouped = (group: { total: ReportCount; rows: IndicatorBreakdown }, section: string) => ({
    total: roundCount(group.total, `${section}|total`, round),
    rows: roundRows(group.rows, section, round),
  });
  const excluded = report.excludedNoConsent;
  return {
    ...report,
    registered: roundPopulation(report.registered, "registered", round),
    accommodated: roundPopulation(report.accommodated, "accommodated", round),
    bidDecisionsByOutcome: grouped(report.bidDecisionsByOutcome, "bidDecisions"),
    closuresByReason: grouped(report.closuresByReason, "closures"),
    excludedNoConsent: {
      registered: round("excluded|registered", excluded.registered),
      accommodated: round("excluded|accommodated", excluded.accommodated),
      bidDecisions: round("excluded|bidDecisions", excluded.bidDecisions),
      closures: round("excluded|closures", excluded.closures),
    },
  };
}
