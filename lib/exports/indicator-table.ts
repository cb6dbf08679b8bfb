// The indicator report as a flat table (section, breakdown, category, count) with a header block
// (period, generation time, consent exclusions, the suppression and rounding notes), and its CSV
// form. Pure. Counts come already suppressed and rounded to base 5 from lib/reports ("<5" stays
// "<5", a complementary-hidden cell is a translated word); nothing here can carry a name or a case
// number, since the report type has none.
import { POPULATION_DIMENSIONS, type IndicatorReport, type PopulationIndicators, type ReportCount } from "@/lib/reports/indicator-types";
import { countryName } from "@/lib/reference/countries";
import type { ExportTranslator } from "./export-translator";

/** A count as written in a file: a number, "<5", or the translated word for a cell hidden to protect a "<5". */
export type IndicatorTableRow = { section: string; breakdown: string; category: string; count: number | string };

export type IndicatorTable = {
  /** Label/value lines above the table. */
  headerBlock: [string, string | number | Date][];
  header: [string, string, string, string];
  rows: IndicatorTableRow[];
};

type Context = { t: ExportTranslator; locale: string; centreNames: Record<string, string> };

function shown(count: ReportCount, { t }: Context): number | string {
  return count === "hidden" ? t("exports.indicators.hidden") : count;
}

function categoryLabel(dimension: string, key: string, { t, locale, centreNames }: Context): string {
  if (key === "UNKNOWN") return t("exports.indicators.unknown");
  switch (dimension) {
    case "centre":
      return centreNames[key] ? `${key} — ${centreNames[key]}` : key;
    case "sex":
      return t(`sex.${key}`);
    case "ageBand":
      return t("exports.indicators.ageBand", { band: key });
    case "nationality":
      return countryName(key, locale);
    case "mobilityProfile":
      return t(`mobilityProfile.${key}`);
    case "outcome":
      return t(`bid.outcome.${key}`);
    case "reason":
      return t(`closure.reasons.${key}`);
    default:
      return key;
  }
}

function populationRows(sectionKey: "registered" | "accommodated", population: PopulationIndicators, context: Context) {
  const { t } = context;
  const section = t(`exports.indicators.sections.${sectionKey}`);
  const rows: IndicatorTableRow[] = [
    { section, breakdown: t("exports.indicators.breakdowns.total"), category: t("exports.indicators.all"), count: shown(population.total, context) },
  ];
  for (const dimension of POPULATION_DIMENSIONS) {
    const breakdown = t(`exports.indicators.breakdowns.${dimension}`);
    for (const row of population.by[dimension]) {
      rows.push({ section, breakdown, category: categoryLabel(dimension, row.key, context), count: shown(row.count, context) });
    }
  }
  return rows;
}

function groupedRows(
  sectionKey: "bidDecisions" | "closures",
  dimension: "outcome" | "reason",
  group: { total: ReportCount; rows: { key: string; count: ReportCount }[] },
  context: Context,
) {
  const { t } = context;
  const section = t(`exports.indicators.sections.${sectionKey}`);
  const breakdown = t(`exports.indicators.breakdowns.${dimension}`);
  return [
    { section, breakdown: t("exports.indicators.breakdowns.total"), category: t("exports.indicators.all"), count: shown(group.total, context) },
    ...group.rows.map((row) => ({ section, breakdown, category: categoryLabel(dimension, row.key, context), count: shown(row.count, context) })),
  ];
}

export function indicatorTable(report: IndicatorReport, t: ExportTranslator, locale: string): IndicatorTable {
  const context: Context = { t, locale, centreNames: report.centreNames };
  const excluded = report.excludedNoConsent;
  return {
    headerBlock: [
      [t("exports.indicators.title"), ""],
      [t("exports.indicators.period"), t("exports.indicators.periodValue", { from: report.period.from, to: report.period.to })],
      [t("exports.indicators.generatedAt"), report.generatedAt],
      [t("exports.indicators.excluded.registered"), excluded.registered],
      [t("exports.indicators.excluded.accommodated"), excluded.accommodated],
      [t("exports.indicators.excluded.bidDecisions"), excluded.bidDecisions],
      [t("exports.indicators.excluded.closures"), excluded.closures],
      [t("exports.indicators.suppressionNote"), ""],
      [t("exports.indicators.roundingNote"), ""],
    ],
    header: [
      t("exports.indicators.columns.section"),
      t("exports.indicators.columns.breakdown"),
      t("exports.indicators.columns.category"),
      t("exports.indicators.columns.count"),
    ],
    rows: [
      ...populationRows("registered", report.registered, context),
      ...populationRows("accommodated", report.accommodated, context),
      ...groupedRows("bidDecisions", "outcome", report.bidDecisionsByOutcome, context),
      ...groupedRows("closures", "reason", report.closuresByReason, context),
    ],
  };
}

/** "2026-11-22 14:05 UTC": unambiguous in any language, for the CSV (the XLSX has a real date). */
export function formatGeneratedAt(at: Date): string {
  return `${at.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes doubled.
 * Text that a spreadsheet would run as a formula (=, +, -, @ first) is prefixed with an apostrophe.
 */
export function csvField(value: string | number): string {
  if (typeof value === "number") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The table as CSV: UTF-8 with a byte-order mark (so Excel reads Arabic and accents), CRLF lines. */
export function indicatorCsv(table: IndicatorTable): Buffer {
  const lines = [
    ...table.headerBlock.map(([label, value]) => [label, value instanceof Date ? formatGeneratedAt(value) : value]),
    [],
    table.header,
    ...table.rows.map((row) => [row.section, row.breakdown, row.category, row.count]),
  ].map((cells) => cells.map(csvField).join(","));
  return Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8");
}
