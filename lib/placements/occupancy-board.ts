import "server-only";
import type { OrganisationNames } from "@/lib/organisations/organisation-name";
import type { Actor } from "@/lib/auth/actor";
import { caseScope } from "@/lib/auth/scope";
import { todayUtc } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FosterVettingStatus } from "@/lib/generated/prisma/enums";
import { daysInCare, placesOf, startOfMonth, startOfWeek, visitDue, type VisitDue } from "./occupancy";
import { boardCentres } from "./occupancy-scope";

export type ChildPresent = { caseId: string; caseNumber: string; name: string; startDate: Date; daysInCare: number };

export type CentreOccupancy = {
  id: string;
  code: string;
  name: string;
  capacity: number;
  occupied: number;
  free: number;
  over: number;
  percent: number;
  admissionsWeek: number;
  dischargesWeek: number;
  admissionsMonth: number;
  dischargesMonth: number;
  /** Children of cases in the viewer's case scope, longest in care first. */
  children: ChildPresent[];
  /** Present children whose case is outside the viewer's case scope (counted, not named). */
  otherChildren: number;
};

export type FamilyOccupancy = {
  id: string;
  householdName: string;
  organisation: OrganisationNames;
  vettingStatus: FosterVettingStatus;
  capacity: number;
  activePlacements: number;
  nextVisitDueAt: Date | null;
  visitDue: VisitDue;
};

export type OccupancyBoard = { today: Date; weekStart: Date; monthStart: Date; centres: CentreOccupancy[]; families: FamilyOccupancy[] };

type CentreCounts = {
  centreId: string;
  occupied: number;
  admissionsWeek: number;
  dischargesWeek: number;
  admissionsMonth: number;
  dischargesMonth: number;
};

/**
 * The occupancy board: per centre of the actor's board, capacity, active residential placements,
 * admissions and discharges this week and this month (one grouped query), and the children
 * present; per foster family (approved, suspended, or with a child), active placements and the
 * next monitoring visit.
 */
export async function getOccupancyBoard(actor: Actor, now: Date = new Date()): Promise<OccupancyBoard> {
  const centres = await boardCentres(actor);
  const today = todayUtc(now);
  const weekStart = startOfWeek(today);
  const monthStart = startOfMonth(today);
  const ids = centres.map((c) => c.id);

  // A transfer counts as a discharge from one centre and an admission to the other.
  const counts = ids.length
    ? await db.$queryRaw<CentreCounts[]>`
        SELECT p."centreId"::text AS "centreId",
               count(*) FILTER (WHERE p."endDate" IS NULL)::int AS "occupied",
               count(*) FILTER (WHERE p."startDate" BETWEEN ${weekStart}::date AND ${today}::date)::int AS "admissionsWeek",
               count(*) FILTER (WHERE p."endDate" BETWEEN ${weekStart}::date AND ${today}::date)::int AS "dischargesWeek",
               count(*) FILTER (WHERE p."startDate" BETWEEN ${monthStart}::date AND ${today}::date)::int AS "admissionsMonth",
               count(*) FILTER (WHERE p."endDate" BETWEEN ${monthStart}::date AND ${today}::date)::int AS "dischargesMonth"
        FROM "Placement" p
        WHERE p."type" = 'CPISE_RESIDENTIAL'
          AND p."centreId" IN (${Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`))})
          AND (p."endDate" IS NULL OR p."endDate" >= ${monthStart < weekStart ? monthStart : weekStart}::date
               OR p."startDate" >= ${monthStart < weekStart ? monthStart : weekStart}::date)
        GROUP BY p."centreId"`
    : [];
  const byCentre = new Map(counts.map((row) => [row.centreId, row]));

  const present = ids.length
    ? await db.placement.findMany({
        where: { type: "CPISE_RESIDENTIAL", endDate: null, centreId: { in: ids }, case: caseScope(actor) },
        select: { centreId: true, startDate: true, case: { select: { id: true, caseNumber: true, firstName: true, lastName: true } } },
        orderBy: [{ startDate: "asc" }, { id: "asc" }],
      })
    : [];

  const families = await db.fosterFamily.findMany({
    where: { OR: [{ vettingStatus: { in: ["APPROVED", "SUSPENDED"] } }, { placements: { some: { endDate: null } } }] },
    select: {
      id: true,
      householdName: true,
      vettingStatus: true,
      capacity: true,
      nextVisitDueAt: true,
      organisation: { select: { name: true, nameAr: true } },
      _count: { select: { placements: { where: { endDate: null } } } },
    },
    orderBy: [{ nextVisitDueAt: { sort: "asc", nulls: "last" } }, { householdName: "asc" }],
  });

  return {
    today,
    weekStart,
    monthStart,
    centres: centres.map((centre) => {
      const row = byCentre.get(centre.id);
      const occupied = row?.occupied ?? 0;
      const children = present
        .filter((p) => p.centreId === centre.id)
        .map((p) => ({
          caseId: p.case.id,
          caseNumber: p.case.caseNumber,
          name: `${p.case.firstName} ${p.case.lastName}`,
          startDate: p.startDate,
          daysInCare: daysInCare(p.startDate, today),
        }));
      return {
        ...centre,
        occupied,
        ...placesOf(centre.capacity, occupied),
        admissionsWeek: row?.admissionsWeek ?? 0,
        dischargesWeek: row?.dischargesWeek ?? 0,
        admissionsMonth: row?.admissionsMonth ?? 0,
        dischargesMonth: row?.dischargesMonth ?? 0,
        children,
        otherChildren: Math.max(occupied - children.length, 0),
      };
    }),
    families: families.map((f) => ({
      id: f.id,
      householdName: f.householdName,
      organisation: f.organisation,
      vettingStatus: f.vettingStatus,
      capacity: f.capacity,
      activePlacements: f._count.placements,
      nextVisitDueAt: f.nextVisitDueAt,
      visitDue: visitDue(f.nextVisitDueAt, today),
    })),
  };
}
