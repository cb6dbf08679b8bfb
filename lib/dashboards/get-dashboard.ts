import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { centreScope, seesEveryCentre } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { CaseStatus, PlacementType, type RiskLevel } from "@/lib/generated/prisma/enums";
import { caseloadWhere } from "@/lib/cases/list-cases";
import { measureFilters, type DashboardMeasure } from "./dashboard-links";
import { occupancyLevel, type OccupancyLevel } from "./occupancy-level";
import { listRecentRunaways, type RecentRunaway } from "@/lib/placements/list-recent-runaways";
import { placesOf } from "@/lib/placements/occupancy";

export type DashboardCentre = { id: string; code: string; name: string };

export type CaseloadCounts = {
  open: number;
  highRisk: number;
  /** Any pending step past its due date (nextDueAt). */
  overdue: number;
  overdueAssessments: number;
  overdueCasePlans: number;
  overdueFollowUps: number;
};

export type WorkerCaseload = CaseloadCounts & { workerId: string; name: string; active: boolean };

/**
 * Open cases of a centre still assigned to someone who no longer works there (removed from the
 * centre or deactivated): they lost access to these cases (the scope is by centre) and the
 * supervisor reassigns them from the caseload list the row links to.
 */
export type CasesToReassign = { workerId: string; name: string; active: boolean; centreId: string; centreName: string; open: number };

export type CentreOccupancySummary = DashboardCentre & { capacity: number; occupied: number; free: number; over: number; percent: number; level: OccupancyLevel };

/** Below this many decisions a median says little: the dashboard says so beside it. */
export const MIN_DECISIONS_FOR_MEDIAN = 5;

export type TimeToBid = { centreId: string | null; decisions: number; medianDays: number | null; tooFew: boolean };


export type Dashboard = {
  now: Date;
  /** The centres the actor may choose from (the filter), code order. */
  centres: DashboardCentre[];
  /** The centre the dashboard is narrowed to, if any. */
  centreId: string | null;
  totals: CaseloadCounts & { awaitingApproval: number; toAssign: number };
  /** Workers with open cases, and the active social workers of the centres (none yet), by name. */
  workers: WorkerCaseload[];
  toReassign: CasesToReassign[];
  runaways: RecentRunaway[];
  occupancy: CentreOccupancySummary[];
  /** Every status, also at 0 (all cases, whatever their status). */
  byStatus: { status: CaseStatus; count: number }[];
  /** Open cases by risk level; "unset" = not yet assessed. */
  byRisk: { risk: RiskLevel | "unset"; count: number }[];
  /** The last 12 calendar months (UTC), oldest first, "YYYY-MM". */
  registrationsByMonth: { month: string; count: number }[];
  /** Median days from registration to the case's first signed BID decision, per centre and overall (centreId null). */
  timeToBid: { byCentre: (TimeToBid & DashboardCentre)[]; overall: TimeToBid };
  activePlacementsByType: { type: PlacementType; count: number }[];
};

const RISK_ORDER: (RiskLevel | "unset")[] = ["HIGH", "MEDIUM", "LOW", "NONE", "unset"];
const FINISHED = Prisma.sql`('CLOSED', 'DUPLICATE', 'TRANSFERRED')`;
export const RUNAWAY_DAYS = 30;

const TOTAL_MEASURES: DashboardMeasure[] = ["open", "highRisk", "overdue", "overdueAssessments", "overdueCasePlans", "overdueFollowUps", "awaitingApproval", "toAssign"];

type CountRow = { [K in keyof CaseloadCounts]: number };
type CaseRow = CountRow & { workerId: string | null; status: CaseStatus | null; risk: RiskLevel | null; set: number; total: number };
const SET = { worker: 3, status: 5, risk: 6 } as const;

/** The first day of the month `back` months before `now`'s month (UTC). */
function monthStart(now: Date, back: number): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
}

function monthKey(date: Date): string {
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
}

async function dashboardCentres(actor: Actor) {
  return db.centre.findMany({ where: centreScope(actor), select: { id: true, code: true, name: true, capacity: true }, orderBy: { code: "asc" } });
}

/**
 * The supervisor's dashboard (ADR 0015): caseload per worker with overdue work,
 * cases awaiting approval and to assign, recent runaways, occupancy per centre; cases by status
 * and risk, registrations per month, time from registration to BID decision, active placements
 * by type. A centre supervisor sees their centres, the national supervisor all; `centreId`
 * narrows to one of them (another centre → NotFoundError). One aggregate query per block; the
 * counts are those of the caseload lists they link to (lib/dashboards/dashboard-links.ts).
 */
export async function getDashboard(actor: Actor, options: { centreId?: string }, now: Date = new Date()): Promise<Dashboard> {
  if (!can(actor, "report:dashboard")) throw new NotFoundError();
  const centres = await dashboardCentres(actor);
  const centreId = options.centreId ?? null;
  if (centreId !== null && !centres.some((centre) => centre.id === centreId)) throw new NotFoundError();
  const centreIds = centreId ? [centreId] : centres.map((centre) => centre.id);

  // The national supervisor's unfiltered dashboard reads every case: no IN list to check.
  const everyCentre = seesEveryCentre(actor) && centreId === null;
  const inCentres = (column: Prisma.Sql) =>
    everyCentre
      ? Prisma.sql`TRUE`
      : centreIds.length
        ? Prisma.sql`${column} IN (${Prisma.join(centreIds.map((id) => Prisma.sql`${id}::uuid`))})`
        : Prisma.sql`FALSE`;
  const caseCentre = inCentres(Prisma.sql`c."centreId"`);
  const yearAgo = new Date(Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth(), now.getUTCDate(), now.getUTCHours(), now.getUTCMinutes(), now.getUTCSeconds(), now.getUTCMilliseconds()));
  const firstMonth = monthStart(now, 11);

  const open = Prisma.sql`c."status" NOT IN ${FINISHED}`;
  // Every headline number is counted with the very where-input of the caseload list it links
  // to (lib/cases/list-cases.ts caseloadWhere over lib/dashboards/dashboard-links.ts filters).
  const totalCounts = Promise.all(
    TOTAL_MEASURES.map((measure) => db.case.count({ where: caseloadWhere(actor, measureFilters(measure, { centreId }), now).where })),
  );
  const [caseRows, totals, months, bid, placements, occupancy, runaways, orphaned] = await Promise.all([
    // One pass over the cases for the workload per worker (unassigned = NULL) and the trends (all
    // cases by status, open cases by risk). GROUPING() tells the sets apart: 3 = per worker,
    // 5 = per status, 6 = per risk level.
    db.$queryRaw<CaseRow[]>`
      SELECT c."assignedWorkerId"::text AS "workerId", c."status"::text AS "status", c."riskLevel"::text AS "risk",
             GROUPING(c."assignedWorkerId", c."status", c."riskLevel")::int AS "set",
             count(*)::int AS "total",
             count(*) FILTER (WHERE ${open})::int AS "open",
             count(*) FILTER (WHERE ${open} AND c."riskLevel" = 'HIGH')::int AS "highRisk",
             count(*) FILTER (WHERE ${open} AND c."nextDueAt" < ${now})::int AS "overdue",
             count(*) FILTER (WHERE ${open} AND c."assessmentDueAt" < ${now})::int AS "overdueAssessments",
             count(*) FILTER (WHERE ${open} AND c."casePlanDueAt" < ${now})::int AS "overdueCasePlans",
             count(*) FILTER (WHERE ${open} AND c."followUpDueAt" < ${now})::int AS "overdueFollowUps"
      FROM "Case" c
      WHERE ${caseCentre}
      GROUP BY GROUPING SETS ((c."assignedWorkerId"), (c."status"), (c."riskLevel"))`,
    totalCounts,
    db.$queryRaw<{ month: string; count: number }[]>`
      SELECT to_char(date_trunc('month', c."createdAt" AT TIME ZONE 'UTC'), 'YYYY-MM') AS "month", count(*)::int AS "count"
      FROM "Case" c
      WHERE c."createdAt" >= ${firstMonth} AND c."createdAt" <= ${now} AND ${caseCentre}
      GROUP BY 1`,
    // The case's first signed decision (a superseding one is not the first), signed in the last 12 months.
    db.$queryRaw<{ centreId: string | null; decisions: number; medianDays: number | null }[]>`
      WITH "firstSigned" AS (
        SELECT d."caseId", min(d."signedAt") AS "signedAt"
        FROM "BidDecision" d
        WHERE d."signedAt" IS NOT NULL
        GROUP BY d."caseId"
      )
      SELECT c."centreId"::text AS "centreId", count(*)::int AS "decisions",
             percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM (f."signedAt" - c."createdAt")) / 86400)::float8 AS "medianDays"
      FROM "firstSigned" f JOIN "Case" c ON c."id" = f."caseId"
      WHERE f."signedAt" > ${yearAgo} AND f."signedAt" <= ${now} AND ${caseCentre}
      GROUP BY GROUPING SETS ((c."centreId"), ())`,
    // Every placement has a case: without a centre condition, no join.
    everyCentre
      ? db.$queryRaw<{ type: PlacementType; count: number }[]>`
          SELECT p."type"::text AS "type", count(*)::int AS "count"
          FROM "Placement" p
          WHERE p."endDate" IS NULL
          GROUP BY p."type"`
      : db.$queryRaw<{ type: PlacementType; count: number }[]>`
          SELECT p."type"::text AS "type", count(*)::int AS "count"
          FROM "Placement" p JOIN "Case" c ON c."id" = p."caseId"
          WHERE p."endDate" IS NULL AND ${caseCentre}
          GROUP BY p."type"`,
    // Occupancy counts the children in the centre, whichever centre their case belongs to (as the board).
    centreIds.length
      ? db.$queryRaw<{ centreId: string; occupied: number }[]>`
          SELECT p."centreId"::text AS "centreId", count(*)::int AS "occupied"
          FROM "Placement" p
          WHERE p."type" = 'CPISE_RESIDENTIAL' AND p."endDate" IS NULL
            AND ${inCentres(Prisma.sql`p."centreId"`)}
          GROUP BY p."centreId"`
      : Promise.resolve([]),
    listRecentRunaways(actor, { days: RUNAWAY_DAYS, take: 20, centreId: centreId ?? undefined, now }),
    db.$queryRaw<{ workerId: string; centreId: string; open: number }[]>`
      SELECT c."assignedWorkerId"::text AS "workerId", c."centreId"::text AS "centreId", count(*)::int AS "open"
      FROM "Case" c
      WHERE ${open} AND ${caseCentre} AND c."assignedWorkerId" IS NOT NULL
        AND NOT EXISTS (
          SELECT 1 FROM "UserCentre" uc JOIN "User" u ON u."id" = uc."userId"
          WHERE uc."userId" = c."assignedWorkerId" AND uc."centreId" = c."centreId" AND u."active")
      GROUP BY 1, 2`,
  ]);

  // A worker holding only finished cases has a row too, with no open case: not on the dashboard.
  const workerRows = caseRows.filter((row) => row.set === SET.worker && row.workerId !== null && row.open > 0);
  const workerIds = [...workerRows.map((row) => row.workerId!), ...orphaned.map((row) => row.workerId)];
  const users = await db.user.findMany({
    where: {
      OR: [
        { id: { in: workerIds } },
        { role: "SOCIAL_WORKER", active: true, centres: { some: { centreId: { in: centreIds } } } },
      ],
    },
    select: { id: true, name: true, active: true },
  });
  const rowByWorker = new Map(workerRows.map((row) => [row.workerId!, row]));
  const counts = (row: CountRow | undefined): CaseloadCounts => ({
    open: row?.open ?? 0,
    highRisk: row?.highRisk ?? 0,
    overdue: row?.overdue ?? 0,
    overdueAssessments: row?.overdueAssessments ?? 0,
    overdueCasePlans: row?.overdueCasePlans ?? 0,
    overdueFollowUps: row?.overdueFollowUps ?? 0,
  });
  const collator = new Intl.Collator("fr");
  const workers = users
    .map((user) => ({ workerId: user.id, name: user.name, active: user.active, ...counts(rowByWorker.get(user.id)) }))
    .sort((a, b) => collator.compare(a.name, b.name) || a.workerId.localeCompare(b.workerId));

  const statusCount = new Map(caseRows.filter((row) => row.set === SET.status).map((row) => [row.status, row.total]));
  const riskCount = new Map(caseRows.filter((row) => row.set === SET.risk).map((row) => [row.risk ?? "unset", row.open]));
  const monthCount = new Map(months.map((row) => [row.month, row.count]));
  const occupiedBy = new Map(occupancy.map((row) => [row.centreId, row.occupied]));
  const placementCount = new Map(placements.map((row) => [row.type, row.count]));
  const centreById = new Map(centres.map((centre) => [centre.id, centre]));
  const roundDays = (days: number | null) => (days === null ? null : Math.round(days * 10) / 10);
  const bidOverall = bid.find((row) => row.centreId === null);

  return {
    now,
    centres: centres.map(({ id, code, name }) => ({ id, code, name })),
    centreId,
    totals: Object.fromEntries(TOTAL_MEASURES.map((measure, index) => [measure, totals[index]])) as Dashboard["totals"],
    workers,
    toReassign: orphaned
      .map((row) => {
        const user = users.find((u) => u.id === row.workerId);
        return { ...row, name: user?.name ?? "", active: user?.active ?? false, centreName: centreById.get(row.centreId)?.name ?? "" };
      })
      .sort((a, b) => collator.compare(a.name, b.name) || a.centreName.localeCompare(b.centreName)),
    runaways,
    occupancy: centres
      .filter((centre) => centreIds.includes(centre.id))
      .map(({ id, code, name, capacity }) => {
        const occupied = occupiedBy.get(id) ?? 0;
        return { id, code, name, capacity, occupied, ...placesOf(capacity, occupied), level: occupancyLevel({ capacity, occupied }) };
      }),
    byStatus: Object.values(CaseStatus).map((status) => ({ status, count: statusCount.get(status) ?? 0 })),
    byRisk: RISK_ORDER.map((risk) => ({ risk, count: riskCount.get(risk) ?? 0 })),
    registrationsByMonth: Array.from({ length: 12 }, (_, index) => {
      const month = monthKey(monthStart(now, 11 - index));
      return { month, count: monthCount.get(month) ?? 0 };
    }),
    timeToBid: {
      byCentre: bid
        .filter((row) => row.centreId !== null && centreById.has(row.centreId))
        .map((row) => ({ id: row.centreId!, code: centreById.get(row.centreId!)!.code, name: centreById.get(row.centreId!)!.name, centreId: row.centreId, decisions: row.decisions, medianDays: roundDays(row.medianDays), tooFew: row.decisions < MIN_DECISIONS_FOR_MEDIAN }))
        .sort((a, b) => a.code.localeCompare(b.code)),
      overall: {
        centreId: null,
        decisions: bidOverall?.decisions ?? 0,
        medianDays: roundDays(bidOverall?.medianDays ?? null),
        tooFew: (bidOverall?.decisions ?? 0) < MIN_DECISIONS_FOR_MEDIAN,
      },
    },
    activePlacementsByType: Object.values(PlacementType).map((type) => ({ type, count: placementCount.get(type) ?? 0 })),
  };
}
