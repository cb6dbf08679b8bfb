// getDashboard on a hand-built world: every count hand-counted, each equal to the total of the
// caseload list it links to; scope (own centres, the national filter) and roles without it.
import { beforeAll, describe, expect, it } from "vitest";
import { parseCaseloadFilters } from "@/lib/cases/caseload-filters";
import { formatCaseNumber } from "@/lib/cases/case-number";
import { listCases } from "@/lib/cases/list-cases";
import { nameSearchKey } from "@/lib/cases/name-search";
import { measureHref, OPEN_STATUSES, riskHref, statusHref, type DashboardMeasure } from "@/lib/dashboards/dashboard-links";
import { getDashboard, type Dashboard } from "@/lib/dashboards/get-dashboard";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { CaseStatus, PlacementType, RiskLevel } from "@/lib/generated/prisma/enums";
import { createWorld, type UserKey, type World } from "./fixtures";

const DAY = 86_400_000;
// Fixed: months and "last 12 months" do not move with the day the test runs.
const NOW = new Date("2026-11-20T12:00:00.000Z");
const at = (iso: string) => new Date(iso);
const past = new Date(NOW.getTime() - 2 * DAY);
const future = new Date(NOW.getTime() + 5 * DAY);

let world: World;
const sequence = { NDB: 0, NKN: 0 };
const ids: Record<string, string> = {};

type Spec = {
  centre: "NDB" | "NKN";
  status: CaseStatus;
  risk: RiskLevel | null;
  assigned: UserKey | null;
  created: string;
  assessmentDueAt?: Date;
  casePlanDueAt?: Date;
  followUpDueAt?: Date;
};

async function makeCase(key: string, spec: Spec) {
  const caseSequence = ++sequence[spec.centre];
  const dues = [spec.assessmentDueAt, spec.casePlanDueAt, spec.followUpDueAt].filter((d): d is Date => d !== undefined);
  const created = await db.case.create({
    data: {
      caseNumber: formatCaseNumber(spec.centre, 2026, caseSequence),
      centreId: world.centres[spec.centre],
      caseYear: 2026,
      caseSequence,
      firstName: key,
      lastName: "Dash",
      searchName: nameSearchKey({ firstName: key, lastName: "Dash" }),
      sex: "FEMALE",
      dateOfBirth: at("2012-01-01"),
      nationality: "GN",
      languages: ["fr"],
      separationType: "UNACCOMPANIED",
      arrivalDate: at("2026-01-01"),
      referralSource: "POLICE",
      status: spec.status,
      riskLevel: spec.risk,
      closedAt: spec.status === "CLOSED" ? past : null,
      assignedWorkerId: spec.assigned ? world.actors[spec.assigned].userId : null,
      registeredById: world.actors.supNdb.userId,
      assessmentDueAt: spec.assessmentDueAt ?? null,
      casePlanDueAt: spec.casePlanDueAt ?? null,
      followUpDueAt: spec.followUpDueAt ?? null,
      nextDueAt: dues.length ? new Date(Math.min(...dues.map((d) => d.getTime()))) : null,
      createdAt: at(spec.created),
    },
  });
  ids[key] = created.id;
  return created.id;
}

async function placement(caseKey: string, type: PlacementType, data: { centre?: "NDB" | "NKN"; start: string; end?: string; ranAway?: boolean }) {
  await db.placement.create({
    data: {
      caseId: ids[caseKey],
      type,
      centreId: data.centre ? world.centres[data.centre] : null,
      caregiverName: type === "KINSHIP_CARE" ? "Oncle" : null,
      startDate: at(data.start),
      endDate: data.end ? at(data.end) : null,
      endReason: data.end ? (data.ranAway ? "RAN_AWAY" : "REUNIFIED") : null,
      createdById: world.actors.supNdb.userId,
    },
  });
}

/** A first signed BID decision on the case at `signedAt` (and optionally a later superseding one). */
async function signedDecision(caseKey: string, signedAt: string, chairId: string, supersedesId?: string) {
  const caseId = ids[caseKey];
  const assessment = await db.assessment.create({
    data: { caseId, authorId: world.actors.swNdb.userId, status: "APPROVED", decidedById: world.actors.supNdb.userId, decidedAt: at(signedAt) },
  });
  const referral = await db.bidReferral.create({
    data: { caseId, assessmentId: assessment.id, reason: "BID", referredById: world.actors.swNdb.userId, status: "DECIDED", closedAt: at(signedAt) },
  });
  const session = await db.bidSession.create({ data: { scheduledAt: at(signedAt), venue: "Salle", chairId, createdById: world.actors.bid.userId } });
  const item = await db.bidAgendaItem.create({ data: { sessionId: session.id, referralId: referral.id, caseId, position: 1 } });
  return db.bidDecision.create({
    data: {
      agendaItemId: item.id,
      sessionId: session.id,
      caseId,
      recordedById: world.actors.bid.userId,
      outcome: "LOCAL_INTEGRATION",
      reasons: "Motifs",
      signedById: world.actors.panel2.userId,
      signedAt: at(signedAt),
      ...(supersedesId && { kind: "REVIEW" as const, supersedesId, supersedeReason: "Révision" }),
    },
  });
}

beforeAll(async () => {
  world = await createWorld();
  // NDB
  await makeCase("n1", { centre: "NDB", status: "ASSESSMENT", risk: "HIGH", assigned: "swNdb", created: "2026-11-02T09:00:00Z", assessmentDueAt: past });
  await makeCase("n2", { centre: "NDB", status: "CASE_PLAN", risk: "MEDIUM", assigned: "swNdb", created: "2026-10-01T09:00:00Z", casePlanDueAt: past });
  await makeCase("n3", { centre: "NDB", status: "FOLLOW_UP", risk: null, assigned: "swNdb", created: "2026-01-10T09:00:00Z", followUpDueAt: past });
  await makeCase("n4", { centre: "NDB", status: "REGISTERED", risk: "HIGH", assigned: "sw2Ndb", created: "2026-10-15T09:00:00Z", assessmentDueAt: future });
  await makeCase("n5", { centre: "NDB", status: "REGISTERED", risk: null, assigned: null, created: "2026-11-19T09:00:00Z" });
  // Closed with a stale past due date and high risk: in no open count, and in the status chart.
  await makeCase("n6", { centre: "NDB", status: "CLOSED", risk: "HIGH", assigned: "swNdb", created: "2025-06-01T09:00:00Z", assessmentDueAt: past });
  await makeCase("n7", { centre: "NDB", status: "IMPLEMENTATION", risk: "LOW", assigned: "sw2Ndb", created: "2025-12-01T00:00:00Z" });
  // Transferred and unassigned: not to assign.
  await makeCase("n8", { centre: "NDB", status: "TRANSFERRED", risk: null, assigned: null, created: "2025-11-30T23:59:59Z" });
  // NKN
  await makeCase("k1", { centre: "NKN", status: "ASSESSMENT", risk: "HIGH", assigned: "swNkn", created: "2026-11-05T09:00:00Z", assessmentDueAt: past });
  await makeCase("k2", { centre: "NKN", status: "REGISTERED", risk: null, assigned: null, created: "2026-11-06T09:00:00Z" });

  // Awaiting approval: n1 (assessment), n2 (plan), n7 (closure), k1 (assessment); a draft on n4
  // and a submitted assessment on the closed n6 do not count.
  const author = world.actors.swNdb.userId;
  await db.assessment.create({ data: { caseId: ids.n1, authorId: author, status: "SUBMITTED", submittedAt: past } });
  await db.casePlan.create({ data: { caseId: ids.n2, authorId: author, status: "SUBMITTED", submittedAt: past } });
  await db.caseClosure.create({ data: { caseId: ids.n7, requestedById: author, reason: "REUNIFIED", summary: "Réunifié" } });
  await db.assessment.create({ data: { caseId: ids.k1, authorId: world.actors.swNkn.userId, status: "SUBMITTED", submittedAt: past } });
  await db.assessment.create({ data: { caseId: ids.n4, authorId: author, status: "DRAFT" } });
  await db.assessment.create({ data: { caseId: ids.n6, authorId: author, status: "SUBMITTED", submittedAt: past } });

  // Placements: n1 and k1 (placed in NDB although an NKN case) in NDB, n2 with kin; n4 ran away
  // 3 days ago, n3 ran away 40 days ago (not recent), k2 ran away from NKN yesterday.
  await placement("n1", "CPISE_RESIDENTIAL", { centre: "NDB", start: "2026-11-03" });
  await placement("k1", "CPISE_RESIDENTIAL", { centre: "NDB", start: "2026-11-06" });
  await placement("n2", "KINSHIP_CARE", { start: "2026-10-02" });
  await placement("n4", "CPISE_RESIDENTIAL", { centre: "NDB", start: "2026-10-16", end: "2026-11-17", ranAway: true });
  await placement("n3", "CPISE_RESIDENTIAL", { centre: "NDB", start: "2026-01-11", end: "2026-10-11", ranAway: true });
  await placement("k2", "CPISE_RESIDENTIAL", { centre: "NKN", start: "2026-11-07", end: "2026-11-19", ranAway: true });

  // BID: n3 first signed 10 days after registration, n7 30 days after (a later superseding
  // decision does not count), n8 signed 13 months ago (outside), k1 4.5 days after.
  const chair = await db.panelMember.create({ data: { userId: world.actors.panel2.userId, expertise: "Protection", defaultRole: "CHAIR" } });
  await signedDecision("n3", "2026-01-20T09:00:00Z", chair.id);
  const first = await signedDecision("n7", "2025-12-31T00:00:00Z", chair.id);
  await signedDecision("n7", "2026-06-01T00:00:00Z", chair.id, first.id);
  await signedDecision("n8", "2025-10-01T09:00:00Z", chair.id);
  await signedDecision("k1", "2026-11-09T21:00:00Z", chair.id);
});

const pick = (d: Dashboard) => ({ ...d.totals });

/** The caseload list's total behind a link, for the same actor. */
async function listTotal(actor: Actor, href: string) {
  const filters = parseCaseloadFilters(href.split("?")[1] ?? "");
  return (await listCases(actor, filters, NOW)).total;
}

const MEASURES: DashboardMeasure[] = ["open", "highRisk", "overdue", "overdueAssessments", "overdueCasePlans", "overdueFollowUps", "awaitingApproval", "toAssign"];

describe("getDashboard — workload (caseload, overdue work, approvals, runaways, occupancy)", () => {
  it("a centre supervisor sees their centre's counts, per worker and in total", async () => {
    const d = await getDashboard(world.actors.supNdb, {}, NOW);
    expect(d.centres.map((c) => c.code)).toEqual(["NDB"]);
    expect(pick(d)).toEqual({
      open: 6,
      highRisk: 2,
      overdue: 3,
      overdueAssessments: 1,
      overdueCasePlans: 1,
      overdueFollowUps: 1,
      awaitingApproval: 3,
      toAssign: 1,
    });
    const byName = Object.fromEntries(d.workers.map((w) => [w.name, w]));
    expect(Object.keys(byName)).toEqual(["sw2Ndb", "swNdb"]);
    expect(byName.swNdb).toMatchObject({ open: 3, highRisk: 1, overdue: 3, overdueAssessments: 1, overdueCasePlans: 1, overdueFollowUps: 1 });
    expect(byName.sw2Ndb).toMatchObject({ open: 2, highRisk: 1, overdue: 0, overdueAssessments: 0, overdueCasePlans: 0, overdueFollowUps: 0 });
  });

  it("every number equals the total of the caseload list it links to", async () => {
    for (const [actor, options] of [
      [world.actors.supNdb, {}],
      [world.actors.national, {}],
      [world.actors.national, { centreId: world.centres.NKN }],
    ] as const) {
      const d = await getDashboard(actor, options, NOW);
      for (const measure of MEASURES) {
        expect([measure, await listTotal(actor, measureHref(measure, { centreId: d.centreId }))]).toEqual([measure, d.totals[measure]]);
        for (const w of d.workers) {
          if (measure === "awaitingApproval" || measure === "toAssign") continue;
          const href = measureHref(measure, { centreId: d.centreId, workerId: w.workerId });
          expect([w.name, measure, await listTotal(actor, href)]).toEqual([w.name, measure, w[measure]]);
        }
      }
      for (const { status, count } of d.byStatus) expect([status, await listTotal(actor, statusHref(status, d.centreId))]).toEqual([status, count]);
      for (const { risk, count } of d.byRisk) expect([risk, await listTotal(actor, riskHref(risk, d.centreId))]).toEqual([risk, count]);
    }
  });

  it("lists the centre's recent runaways and its occupancy (children placed there, whatever their case's centre)", async () => {
    const d = await getDashboard(world.actors.supNdb, {}, NOW);
    expect(d.runaways.map((r) => r.caseNumber)).toEqual([formatCaseNumber("NDB", 2026, 4)]);
    expect(d.occupancy).toEqual([{ id: world.centres.NDB, code: "NDB", name: "CPISE NDB", capacity: 10, occupied: 2, free: 8, over: 0, percent: 20, level: "ok" }]);
  });

  it("flags a centre with no free place as full (nearly full: tests/unit/occupancy-level.test.ts)", async () => {
    const levelAt = async (capacity: number) => {
      await db.centre.update({ where: { id: world.centres.NDB }, data: { capacity } });
      return (await getDashboard(world.actors.supNdb, {}, NOW)).occupancy[0];
    };
    try {
      expect(await levelAt(3)).toMatchObject({ occupied: 2, percent: 67, level: "ok" });
      expect(await levelAt(2)).toMatchObject({ free: 0, percent: 100, level: "full" });
      expect(await levelAt(1)).toMatchObject({ over: 1, level: "full" });
    } finally {
      await db.centre.update({ where: { id: world.centres.NDB }, data: { capacity: 10 } });
    }
  });

  it("a supervisor of another centre sees only theirs", async () => {
    const d = await getDashboard(world.actors.supNkn, {}, NOW);
    expect(pick(d)).toMatchObject({ open: 2, highRisk: 1, overdue: 1, overdueAssessments: 1, awaitingApproval: 1, toAssign: 1 });
    expect(d.workers.map((w) => [w.name, w.open])).toEqual([["swNkn", 1]]);
    expect(d.runaways.map((r) => r.caseNumber)).toEqual([formatCaseNumber("NKN", 2026, 2)]);
    expect(d.occupancy.map((c) => [c.code, c.occupied])).toEqual([["NKN", 0]]);
  });

  it("a centre outside the supervisor's is not found", async () => {
    await expect(getDashboard(world.actors.supNdb, { centreId: world.centres.NKN }, NOW)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getDashboard(world.actors.national, { centreId: "00000000-0000-4000-8000-000000000000" }, NOW)).rejects.toBeInstanceOf(NotFoundError);
  });

  it.each(["me", "swNdb", "bid", "ngoA", "panel", "admin"] as const)("%s has no dashboard", async (key) => {
    await expect(getDashboard(world.actors[key], {}, NOW)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("caseload filters behind the numbers", () => {
  const keysOf = async (actor: Actor, query: string) => {
    const page = await listCases(actor, parseCaseloadFilters(query), NOW);
    const byId = new Map(Object.entries(ids).map(([key, id]) => [id, key]));
    return page.items.map((item) => byId.get(item.id)).sort();
  };
  it.each([
    ["overdue=assessment", ["k1", "n1"]],
    ["overdue=casePlan", ["n2"]],
    ["overdue=followUp", ["n3"]],
    ["overdue=1", ["k1", "n1", "n2", "n3"]],
    ["awaiting=approval", ["k1", "n1", "n2", "n7"]],
    [`status=${OPEN_STATUSES.join(",")}&worker=unassigned`, ["k2", "n5"]],
  ])("%s selects the hand-counted cases (never a closed one)", async (query, expected) => {
    expect(await keysOf(world.actors.national, query)).toEqual(expected);
  });
  it("the scope still applies: a worker sees only their own cases awaiting approval", async () => {
    expect(await keysOf(world.actors.sw2Ndb, "view=all&awaiting=approval")).toEqual(["n7"]);
  });
});

describe("getDashboard — trends (national)", () => {
  it("the national supervisor sees every centre; the centre filter narrows to one", async () => {
    const all = await getDashboard(world.actors.national, {}, NOW);
    expect(all.centres.map((c) => c.code)).toEqual(["NDB", "NKN"]);
    expect(all.centreId).toBeNull();
    expect(pick(all)).toEqual({ open: 8, highRisk: 3, overdue: 4, overdueAssessments: 2, overdueCasePlans: 1, overdueFollowUps: 1, awaitingApproval: 4, toAssign: 2 });
    expect(all.workers.map((w) => [w.name, w.open])).toEqual([["sw2Ndb", 2], ["swNdb", 3], ["swNkn", 1]]);
    expect(all.runaways.map((r) => r.caseNumber).sort()).toEqual([formatCaseNumber("NDB", 2026, 4), formatCaseNumber("NKN", 2026, 2)]);
    expect(all.occupancy.map((c) => [c.code, c.occupied, c.free])).toEqual([["NDB", 2, 8], ["NKN", 0, 10]]);

    const nkn = await getDashboard(world.actors.national, { centreId: world.centres.NKN }, NOW);
    expect(nkn.centreId).toBe(world.centres.NKN);
    expect(nkn.centres).toHaveLength(2); // still offered the others
    expect(pick(nkn)).toEqual({ open: 2, highRisk: 1, overdue: 1, overdueAssessments: 1, overdueCasePlans: 0, overdueFollowUps: 0, awaitingApproval: 1, toAssign: 1 });
    expect(nkn.workers.map((w) => w.name)).toEqual(["swNkn"]);
    expect(nkn.occupancy.map((c) => c.code)).toEqual(["NKN"]);
  });

  it("cases by status (all) and by risk (open), zeros included", async () => {
    const d = await getDashboard(world.actors.national, {}, NOW);
    expect(Object.fromEntries(d.byStatus.map((s) => [s.status, s.count]))).toEqual({
      REGISTERED: 3,
      ASSESSMENT: 2,
      CASE_PLAN: 1,
      BID_PENDING: 0,
      IMPLEMENTATION: 1,
      FOLLOW_UP: 1,
      CLOSED: 1,
      TRANSFERRED: 1,
      DUPLICATE: 0,
    });
    expect(d.byRisk).toEqual([
      { risk: "HIGH", count: 3 },
      { risk: "MEDIUM", count: 1 },
      { risk: "LOW", count: 1 },
      { risk: "NONE", count: 0 },
      { risk: "unset", count: 3 },
    ]);
  });

  it("registrations per month over the last 12 months (UTC), oldest first", async () => {
    const d = await getDashboard(world.actors.national, {}, NOW);
    expect(d.registrationsByMonth.map((m) => m.month)).toEqual([
      "2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11",
    ]);
    // n8 (30 Nov 2025 23:59:59) and n6 (June 2025) are before the window; n7 is on 1 Dec 00:00.
    expect(Object.fromEntries(d.registrationsByMonth.filter((m) => m.count > 0).map((m) => [m.month, m.count]))).toEqual({
      "2025-12": 1,
      "2026-01": 1,
      "2026-10": 2,
      "2026-11": 4,
    });
    const ndb = await getDashboard(world.actors.supNdb, {}, NOW);
    expect(ndb.registrationsByMonth.at(-1)).toEqual({ month: "2026-11", count: 2 });
  });

  it("median days from registration to the first signed BID decision, per centre, decisions of the last 12 months", async () => {
    const d = await getDashboard(world.actors.national, {}, NOW);
    // NDB: n3 10.0 days, n7 30.0 days (its superseding decision ignored); n8 is 13 months old. NKN: k1 4.5 days.
    expect(d.timeToBid.byCentre.map((c) => [c.code, c.decisions, c.medianDays])).toEqual([["NDB", 2, 20], ["NKN", 1, 4.5]]);
    expect(d.timeToBid.overall).toEqual({ centreId: null, decisions: 3, medianDays: 10, tooFew: true });
    // Fewer than 5 decisions: the dashboard labels the median as unreliable.
    expect(d.timeToBid.byCentre.map((c) => c.tooFew)).toEqual([true, true]);
    const nkn = await getDashboard(world.actors.supNkn, {}, NOW);
    expect(nkn.timeToBid.overall).toMatchObject({ decisions: 1, medianDays: 4.5 });
  });

  it("active placements by type (the case's centre)", async () => {
    const d = await getDashboard(world.actors.national, {}, NOW);
    expect(Object.fromEntries(d.activePlacementsByType.map((p) => [p.type, p.count]))).toEqual({
      CPISE_RESIDENTIAL: 2,
      FOSTER_FAMILY: 0,
      KINSHIP_CARE: 1,
      SUPERVISED_INDEPENDENT_LIVING: 0,
      OTHER_SHELTER: 0,
    });
    const nkn = await getDashboard(world.actors.supNkn, {}, NOW);
    expect(nkn.activePlacementsByType.find((p) => p.type === "CPISE_RESIDENTIAL")?.count).toBe(1);
  });

  it("open statuses and finished ones are every status", () => {
    expect(OPEN_STATUSES).not.toContain("CLOSED");
    expect(OPEN_STATUSES).toHaveLength(6);
  });
});

// Last: it adds cases that the counts above do not include.
describe("getDashboard — deactivated workers", () => {
  it("lists a deactivated worker who still holds open cases (marked), not one with only finished cases", async () => {
    const make = async (name: string) =>
      db.user.create({
        data: {
          email: `${name.toLowerCase()}@test.example`,
          name,
          role: "SOCIAL_WORKER",
          active: false,
          organisationId: world.organisations.MASEF,
          passwordHash: "x",
          centres: { create: [{ centreId: world.centres.NDB }] },
        },
      });
    const gone = await make("zGone");
    const holding = await make("zHolding");
    await makeCase("x1", { centre: "NDB", status: "CLOSED", risk: null, assigned: null, created: "2026-11-10T09:00:00Z" });
    await makeCase("x2", { centre: "NDB", status: "ASSESSMENT", risk: "HIGH", assigned: null, created: "2026-11-10T09:00:00Z" });
    await db.case.update({ where: { id: ids.x1 }, data: { assignedWorkerId: gone.id } });
    await db.case.update({ where: { id: ids.x2 }, data: { assignedWorkerId: holding.id } });
    const d = await getDashboard(world.actors.supNdb, {}, NOW);
    expect(d.workers.map((w) => [w.name, w.active, w.open, w.highRisk])).toEqual([
      ["sw2Ndb", true, 2, 1],
      ["swNdb", true, 3, 1],
      ["zHolding", false, 1, 1],
    ]);
  });
});
