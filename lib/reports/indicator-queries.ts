import "server-only";
// The indicator report's aggregate queries (ADR 0014): one scan per population, GROUPING SETS for
// every breakdown at once, consent split with FILTER. Raw counts — suppression is the caller's job.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PeriodDays } from "./indicator-period";
import type { PopulationDimension } from "./indicator-types";

export type PopulationRow = { dimension: PopulationDimension | "total"; key: string | null; counted: number; excluded: number };
export type OutcomeRow = { key: string | null; counted: number; excluded: number };

/**
 * The attributes reported for each child, from a `Case` row aliased `c`. Age is taken on the
 * later of the period's first day and the registration date (UTC), in whole years as `ageOn`
 * counts them, as birth-date bounds (date − interval 'n years' turns a 29 February child a year
 * older on 1 March in common years, like `ageOn`): a few comparisons per row, where Postgres's
 * `age()` in each CASE branch cost most of the query on 100 000 cases.
 */
function populationQuery(period: PeriodDays, where: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    WITH population AS (
      SELECT
        c."centreId"::text AS centre,
        c."sex"::text AS sex,
        CASE
          WHEN c."dateOfBirth" > a.ref THEN 'UNKNOWN'
          WHEN c."dateOfBirth" > a.ref - interval '6 years' THEN '0-5'
          WHEN c."dateOfBirth" > a.ref - interval '12 years' THEN '6-11'
          WHEN c."dateOfBirth" > a.ref - interval '15 years' THEN '12-14'
          WHEN c."dateOfBirth" > a.ref - interval '18 years' THEN '15-17'
          ELSE 'UNKNOWN'
        END AS "ageBand",
        c."nationality"::text AS nationality,
        COALESCE(c."mobilityProfile"::text, 'UNKNOWN') AS "mobilityProfile",
        c."consentReporting" AS consent
      FROM "Case" c
      CROSS JOIN LATERAL (
        SELECT GREATEST(${period.firstDay}::date, (c."createdAt" AT TIME ZONE 'UTC')::date) AS ref
      ) a
      WHERE c."status" <> 'DUPLICATE' AND ${where}
    )
    SELECT
      CASE
        WHEN GROUPING(centre) = 0 THEN 'centre'
        WHEN GROUPING(sex) = 0 THEN 'sex'
        WHEN GROUPING("ageBand") = 0 THEN 'ageBand'
        WHEN GROUPING(nationality) = 0 THEN 'nationality'
        WHEN GROUPING("mobilityProfile") = 0 THEN 'mobilityProfile'
        ELSE 'total'
      END AS dimension,
      COALESCE(centre, sex, "ageBand", nationality, "mobilityProfile") AS key,
      (count(*) FILTER (WHERE consent))::int AS counted,
      (count(*) FILTER (WHERE NOT consent))::int AS excluded
    FROM population
    GROUP BY GROUPING SETS ((), (centre), (sex), ("ageBand"), (nationality), ("mobilityProfile"))`;
}

/** Children (not duplicates) registered in the period: Case.createdAt in the half-open UTC range. */
export function registeredRows(period: PeriodDays, start: Date, endExclusive: Date): Promise<PopulationRow[]> {
  return db.$queryRaw<PopulationRow[]>(
    populationQuery(period, Prisma.sql`c."createdAt" >= ${start.toISOString()}::timestamptz AND c."createdAt" < ${endExclusive.toISOString()}::timestamptz`),
  );
}

/** Children (not duplicates) with any placement overlapping the period (date columns, inclusive). */
export function accommodatedRows(period: PeriodDays): Promise<PopulationRow[]> {
  return db.$queryRaw<PopulationRow[]>(
    populationQuery(
      period,
      Prisma.sql`EXISTS (
        SELECT 1 FROM "Placement" p
        WHERE p."caseId" = c."id" AND p."startDate" <= ${period.lastDay}::date AND (p."endDate" IS NULL OR p."endDate" >= ${period.firstDay}::date)
      )`,
    ),
  );
}

/** Signed BID decisions (every signed record, reviews included) with signedAt in the range, by outcome; key null = total. */
export function bidDecisionRows(start: Date, endExclusive: Date): Promise<OutcomeRow[]> {
  return db.$queryRaw<OutcomeRow[]>`
    SELECT d."outcome"::text AS key,
      (count(*) FILTER (WHERE c."consentReporting"))::int AS counted,
      (count(*) FILTER (WHERE NOT c."consentReporting"))::int AS excluded
    FROM "BidDecision" d
    JOIN "Case" c ON c."id" = d."caseId"
    WHERE d."signedAt" >= ${start.toISOString()}::timestamptz AND d."signedAt" < ${endExclusive.toISOString()}::timestamptz
      AND c."status" <> 'DUPLICATE'
    GROUP BY ROLLUP (d."outcome")`;
}

/** Approved closures with decidedAt in the range, by reason; key null = total. */
export function closureRows(start: Date, endExclusive: Date): Promise<OutcomeRow[]> {
  return db.$queryRaw<OutcomeRow[]>`
    SELECT cl."reason"::text AS key,
      (count(*) FILTER (WHERE c."consentReporting"))::int AS counted,
      (count(*) FILTER (WHERE NOT c."consentReporting"))::int AS excluded
    FROM "CaseClosure" cl
    JOIN "Case" c ON c."id" = cl."caseId"
    WHERE cl."status" = 'APPROVED'
      AND cl."decidedAt" >= ${start.toISOString()}::timestamptz AND cl."decidedAt" < ${endExclusive.toISOString()}::timestamptz
      AND c."status" <> 'DUPLICATE'
    GROUP BY ROLLUP (cl."reason")`;
}

/**
 * Every nationality of a child who may be counted, in any period: the nationality breakdown's
 * rows (ADR 0017), so that a nationality never appears or vanishes with the period.
 */
export async function reportedNationalities(): Promise<string[]> {
  const rows = await db.$queryRaw<{ nationality: string }[]>`
    SELECT DISTINCT c."nationality" FROM "Case" c
    WHERE c."status" <> 'DUPLICATE' AND c."consentReporting"
    ORDER BY 1`;
  return rows.map((row) => row.nationality);
}
