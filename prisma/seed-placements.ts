// Demo placements. Idempotent like the rest of the seed: a case that already has a
// placement is left alone. Realistic histories for the demo children:
// - most open cases: CPISE residential care in their centre since their arrival;
// - closed cases: a past placement ended "reunified"; cases transferred out: ended "other";
// - one runaway (NDB, ended a few days before the demo's last recorded day; the case is HIGH risk);
// - one transfer NDB → NKN (the first placement ended TRANSFERRED, the second links to it);
// - two kinship care placements (NKS, NKO) after a first stay in the centre;
// - two foster family placements (NDB in Famille Ould Mohamed, NKS in Famille Kane: approved
//   families of seed-foster.ts) after a first stay in the centre, when those families exist;
// - the two most recent arrivals are not placed yet.
// Capacity: nine children are placed in CPISE Nouakchott Nord (NKN), whose capacity in
// demo-data.ts is ten, so the capacity rule is demonstrable: one more admission fills it, the next
// is refused for a social worker and needs the supervisor's override with a reason (the e2e spec
// tests/e2e/placements-capacity.spec.ts relies on this).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { PlacementEndReason, PlacementType } from "@/lib/generated/prisma/enums";
import { DAY, demoChildren, supervisorOf } from "./seed-children";
import type { SeedContext } from "./seed-context";
import { RECORDS_UNTIL } from "./seed-time";

type Planned = {
  type: PlacementType;
  centreCode?: string;
  start: number;
  end?: number;
  endReason?: PlacementEndReason;
  endNotes?: string;
  caregiver?: { caregiverName: string; caregiverRelationship: string; address: string; contactPhone: string };
  /** Household name of a seeded foster family (seed-foster.ts). */
  family?: string;
  /** Links to the placement before it in the same plan (a transfer). */
  followsPrevious?: boolean;
};

type SeedCase = {
  id: string;
  caseNumber: string;
  status: string;
  riskLevel: string | null;
  arrivalDate: Date;
  closedAt: Date | null;
  registeredById: string;
  centreCode: string;
};

const KINSHIP = [
  { caregiverName: "Mariama Diallo", caregiverRelationship: "Tante paternelle", address: "Sebkha, Nouakchott", contactPhone: "+222 46 12 34 56" },
  { caregiverName: "Ousmane Sow", caregiverRelationship: "Oncle maternel", address: "Arafat, Nouakchott", contactPhone: "+222 36 98 76 54" },
];

const FOSTER = [
  { centreCode: "NDB", family: "Famille Ould Mohamed" },
  { centreCode: "NKS", family: "Famille Kane" },
];

function plan(cases: SeedCase[], families: ReadonlySet<string>): Map<string, Planned[]> {
  const plans = new Map<string, Planned[]>();
  const open = (c: SeedCase) => !["CLOSED", "TRANSFERRED", "DUPLICATE"].includes(c.status);
  const sorted = [...cases].sort((a, b) => a.caseNumber.localeCompare(b.caseNumber));
  const arrival = (c: SeedCase) => c.arrivalDate.getTime();
  const settled = (c: SeedCase, days: number) => arrival(c) + days * DAY <= RECORDS_UNTIL - 7 * DAY;

  const runaway =
    sorted.find((c) => c.centreCode === "NDB" && open(c) && c.riskLevel === "HIGH" && settled(c, 20)) ??
    sorted.find((c) => c.centreCode === "NDB" && open(c) && settled(c, 20));
  const transfer = sorted.find((c) => c.centreCode === "NKN" && open(c) && c !== runaway && settled(c, 40));
  const kinship = ["NKS", "NKO"].flatMap((code) => {
    const found = sorted.find((c) => c.centreCode === code && ["IMPLEMENTATION", "FOLLOW_UP"].includes(c.status) && settled(c, 30));
    return found ? [found] : [];
  });
  const special = new Set([runaway, transfer, ...kinship]);
  const foster = new Map(
    FOSTER.filter((f) => families.has(f.family)).flatMap((f) => {
      const found = sorted.find((c) => c.centreCode === f.centreCode && !special.has(c) && ["IMPLEMENTATION", "FOLLOW_UP"].includes(c.status) && settled(c, 40));
      if (found) special.add(found);
      return found ? [[found, f.family] as const] : [];
    }),
  );
  const unplaced = new Set(
    [...sorted]
      .filter((c) => open(c) && c.status === "REGISTERED")
      .sort((a, b) => arrival(b) - arrival(a))
      .slice(0, 2),
  );

  for (const c of sorted) {
    const start = arrival(c);
    if (c.status === "DUPLICATE" || unplaced.has(c)) continue;
    if (c.status === "CLOSED") {
      const end = Math.min(c.closedAt ? c.closedAt.getTime() - (c.closedAt.getTime() % DAY) : start + 45 * DAY, RECORDS_UNTIL);
      plans.set(c.id, [{ type: "CPISE_RESIDENTIAL", centreCode: c.centreCode, start, end: Math.max(end, start), endReason: "REUNIFIED" }]);
    } else if (c.status === "TRANSFERRED") {
      const end = Math.min(start + 30 * DAY, RECORDS_UNTIL);
      plans.set(c.id, [{ type: "CPISE_RESIDENTIAL", centreCode: c.centreCode, start, end, endReason: "OTHER", endNotes: "Dossier transféré vers un autre organisme." }]);
    } else if (c === runaway) {
      plans.set(c.id, [
        { type: "CPISE_RESIDENTIAL", centreCode: "NDB", start, end: RECORDS_UNTIL - 4 * DAY, endReason: "RAN_AWAY", endNotes: "Parti du centre pendant la nuit ; signalé à la Brigade des mineurs." },
      ]);
    } else if (c === transfer) {
      plans.set(c.id, [
        { type: "CPISE_RESIDENTIAL", centreCode: "NDB", start, end: start + 14 * DAY, endReason: "TRANSFERRED" },
        { type: "CPISE_RESIDENTIAL", centreCode: "NKN", start: start + 14 * DAY, followsPrevious: true },
      ]);
    } else if (kinship.includes(c)) {
      const move = start + 21 * DAY;
      plans.set(c.id, [
        { type: "CPISE_RESIDENTIAL", centreCode: c.centreCode, start, end: move, endReason: "MOVED_OTHER_PLACEMENT" },
        { type: "KINSHIP_CARE", start: move, caregiver: KINSHIP[kinship.indexOf(c)] },
      ]);
    } else if (foster.has(c)) {
      const move = start + 30 * DAY;
      plans.set(c.id, [
        { type: "CPISE_RESIDENTIAL", centreCode: c.centreCode, start, end: move, endReason: "MOVED_TO_FOSTER_FAMILY" },
        { type: "FOSTER_FAMILY", start: move, family: foster.get(c) },
      ]);
    } else {
      plans.set(c.id, [{ type: "CPISE_RESIDENTIAL", centreCode: c.centreCode, start }]);
    }
  }
  return plans;
}

/** Returns a one-line summary for the seed's log. */
export async function seedPlacements(db: PrismaClient, ctx: SeedContext): Promise<string> {
  const children = demoChildren();
  const byNumber = new Map(children.map((c) => [c.caseNumber, c]));
  const rows = await db.case.findMany({
    where: { caseNumber: { in: children.map((c) => c.caseNumber) } },
    select: {
      id: true,
      caseNumber: true,
      firstName: true,
      lastName: true,
      status: true,
      riskLevel: true,
      arrivalDate: true,
      closedAt: true,
      registeredById: true,
      centre: { select: { code: true } },
      _count: { select: { placements: true } },
    },
  });
  // Only the seed's own children, should a number have been taken by a real registration.
  const ours = rows.filter((r) => byNumber.get(r.caseNumber)?.firstName === r.firstName && byNumber.get(r.caseNumber)?.lastName === r.lastName);
  const familyRows = await db.fosterFamily.findMany({
    where: { householdName: { in: FOSTER.map((f) => f.family) }, vettingStatus: "APPROVED" },
    select: { id: true, householdName: true },
  });
  const familyIds = new Map(familyRows.map((f) => [f.householdName, f.id]));
  const plans = plan(
    ours.map((r) => ({ ...r, centreCode: r.centre.code })),
    new Set(familyIds.keys()),
  );

  const centreId = (code: string) => {
    const id = ctx.centres.get(code);
    if (!id) throw new Error(`Seed: unknown centre ${code}`);
    return id;
  };
  const decider = (code: string | undefined, fallback: string) => (code ? ctx.users.get(supervisorOf(code)) : undefined) ?? fallback;

  let created = 0;
  for (const row of ours) {
    const planned = plans.get(row.id);
    if (!planned || row._count.placements > 0) continue;
    let previousId: string | null = null;
    await db.$transaction(async (tx) => {
      for (const p of planned) {
        const placement: { id: string } = await tx.placement.create({
          data: {
            caseId: row.id,
            type: p.type,
            centreId: p.centreCode ? centreId(p.centreCode) : null,
            fosterFamilyId: p.family ? (familyIds.get(p.family) ?? null) : null,
            startDate: new Date(p.start - (p.start % DAY)),
            endDate: p.end !== undefined ? new Date(p.end - (p.end % DAY)) : null,
            endReason: p.endReason ?? null,
            endNotes: p.endNotes ?? null,
            endedById: p.end !== undefined ? decider(p.centreCode ?? row.centre.code, row.registeredById) : null,
            ...(p.caregiver ?? {}),
            previousPlacementId: p.followsPrevious ? previousId : null,
            decidedById: decider(p.centreCode ?? row.centre.code, row.registeredById),
            createdById: row.registeredById,
          },
          select: { id: true },
        });
        previousId = placement.id;
        created++;
      }
      if (planned.some((p) => p.endReason === "RAN_AWAY") && row.riskLevel !== "HIGH") {
        await tx.case.update({ where: { id: row.id }, data: { riskLevel: "HIGH", riskReasonCode: "RAN_AWAY", riskReason: null, riskSetAt: new Date(RECORDS_UNTIL) } });
      }
    });
  }

  const total = await db.placement.count({ where: { caseId: { in: ours.map((r) => r.id) } } });
  return `${total} placements (${created} created)`;
}
