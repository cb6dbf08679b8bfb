import "server-only";
// The indicator report with its TRUE counts, suppressed (lib/reports/suppression.ts, ADR 0014) but
// not yet rounded (ADR 0017). Internal: only getIndicatorReport and the tests import it (a unit
// test keeps it that way) — a page or an export showing these numbers would undo the rounding.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { AGE_BANDS } from "@/lib/cases/age-bands";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { BidOutcome, ClosureReason, MobilityProfile, Sex } from "@/lib/generated/prisma/enums";
import { accommodatedRows, bidDecisionRows, closureRows, registeredRows, reportedNationalities, type OutcomeRow, type PopulationRow } from "./indicator-queries";
import { indicatorPeriodSchema, periodBounds, periodDays } from "./indicator-period";
import type { IndicatorPeriod, IndicatorReport, PopulationDimension, PopulationIndicators } from "./indicator-types";
import { suppressBreakdown, type RawRow } from "./suppression";

export const UNKNOWN_KEY = "UNKNOWN";

/**
 * The categories each breakdown lists, the same for every period (ADR 0017): enums in schema
 * order, unknown last; centres and nationalities by code. A category that came and went with the
 * period would name the attribute of a child who is in one period and not the other.
 */
type Domains = Record<PopulationDimension, readonly string[]>;

/** The true counts over a breakdown's domain, 0 where no child is counted. */
function overDomain(raw: RawRow[], domain: readonly string[]): RawRow[] {
  const counts = new Map(raw.map((row) => [row.key, row.count]));
  return domain.map((key) => ({ key, count: counts.get(key) ?? 0 }));
}

function population(rows: PopulationRow[], centreCodes: Map<string, string>, domains: Domains): { indicators: PopulationIndicators; excluded: number } {
  const totalRow = rows.find((row) => row.dimension === "total");
  const total = totalRow?.counted ?? 0;
  const breakdown = (dimension: PopulationDimension) => {
    const raw = rows
      .filter((row) => row.dimension === dimension && row.key !== null)
      .map((row) => ({ key: dimension === "centre" ? (centreCodes.get(row.key!) ?? row.key!) : row.key!, count: row.counted }));
    return suppressBreakdown(total, overDomain(raw, domains[dimension])).rows;
  };
  return {
    indicators: {
      total: suppressBreakdown(total, []).total,
      by: {
        centre: breakdown("centre"),
        sex: breakdown("sex"),
        ageBand: breakdown("ageBand"),
        nationality: breakdown("nationality"),
        mobilityProfile: breakdown("mobilityProfile"),
      },
    },
    excluded: totalRow?.excluded ?? 0,
  };
}

function outcomes(rows: OutcomeRow[], domain: readonly string[]) {
  const totalRow = rows.find((row) => row.key === null);
  const raw = rows.filter((row) => row.key !== null).map((row) => ({ key: row.key!, count: row.counted }));
  return { ...suppressBreakdown(totalRow?.counted ?? 0, overDomain(raw, domain)), excluded: totalRow?.excluded ?? 0 };
}

/**
 * Refused (NotFoundError) without report:indicators. The period must be valid on `now` (the page
 * and the export validate it first with the same schema): anything else is a programming error.
 */
export async function getUnroundedIndicatorReport(actor: Actor, period: IndicatorPeriod, now: Date = new Date()): Promise<IndicatorReport> {
  if (!can(actor, "report:indicators")) throw new NotFoundError();
  const parsed = indicatorPeriodSchema(now).safeParse(period);
  if (!parsed.success) throw new RangeError(`Invalid indicator period: ${parsed.error.issues.map((i) => i.message).join(", ")}`);
  const valid = parsed.data;
  const { start, endExclusive } = periodBounds(valid);
  const days = periodDays(valid);

  const [centres, nationalities, registeredRaw, accommodatedRaw, decisionsRaw, closuresRaw] = await Promise.all([
    db.centre.findMany({ select: { id: true, code: true, name: true }, orderBy: { code: "asc" } }),
    reportedNationalities(),
    registeredRows(days, start, endExclusive),
    accommodatedRows(days),
    bidDecisionRows(start, endExclusive),
    closureRows(start, endExclusive),
  ]);
  const centreCodes = new Map(centres.map((c) => [c.id, c.code]));
  const domains: Domains = {
    centre: centres.map((c) => c.code),
    sex: Object.values(Sex),
    ageBand: [...AGE_BANDS, UNKNOWN_KEY],
    nationality: nationalities,
    mobilityProfile: [...Object.values(MobilityProfile), UNKNOWN_KEY],
  };
  const registered = population(registeredRaw, centreCodes, domains);
  const accommodated = population(accommodatedRaw, centreCodes, domains);
  const decisions = outcomes(decisionsRaw, Object.values(BidOutcome));
  const closures = outcomes(closuresRaw, Object.values(ClosureReason));

  return {
    period: { from: valid.from, to: valid.to },
    generatedAt: now,
    registered: registered.indicators,
    accommodated: accommodated.indicators,
    bidDecisionsByOutcome: { total: decisions.total, rows: decisions.rows },
    closuresByReason: { total: closures.total, rows: closures.rows },
    excludedNoConsent: {
      registered: registered.excluded,
      accommodated: accommodated.excluded,
      bidDecisions: decisions.excluded,
      closures: closures.excluded,
    },
    centreNames: Object.fromEntries(centres.map((c) => [c.code, c.name])),
  };
}
