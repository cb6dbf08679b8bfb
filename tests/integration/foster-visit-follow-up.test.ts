// A foster family's monitoring visit records what it found for each child placed there on the
// visit's date; each entry goes on the child's case timeline and, when the child was seen, is the
// case's follow-up contact (its due date moves). One write path, scoped to the NGO's own families.
import { beforeAll, describe, expect, it } from "vitest";
import { refreshDueDates } from "@/lib/cases/case-write";
import { registerChild } from "@/lib/cases/register-child";
import { toIsoDate, todayUtc } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { changeFosterFamilyStatus } from "@/lib/foster-families/change-foster-family-status";
import { getFosterFamily } from "@/lib/foster-families/get-foster-family";
import { recordFosterVisit } from "@/lib/foster-families/record-foster-visit";
import { registerFosterFamily } from "@/lib/foster-families/register-foster-family";
import { getPlannedVisit } from "@/lib/notes/get-planned-visit";
import { getCaseTimeline } from "@/lib/timeline/get-case-timeline";
import { createWorld, validChild, type UserKey, type World } from "./fixtures";

let world: World;
const DAY = 86_400_000;
const today = todayUtc();
const daysFromToday = (days: number) => new Date(today.getTime() + days * DAY);
const iso = (days: number) => toIsoDate(daysFromToday(days));

beforeAll(async () => {
  world = await createWorld();
});

async function version(familyId: string) {
  return (await db.fosterFamily.findUniqueOrThrow({ where: { id: familyId }, select: { version: true } })).version;
}

async function approvedFamily(key: UserKey = "ngoA") {
  const registered = await registerFosterFamily(world.actors[key], {
    householdName: "Famille Suivie",
    location: "Nouadhibou",
    languages: ["ar"],
    capacity: "3",
    contactName: "Aïcha Mint Ahmed",
    contactPhone: "+222 22 00 00 00",
  });
  if (!registered.ok) throw new Error(JSON.stringify(registered.fieldErrors));
  const id = registered.data.familyId;
  for (const to of ["ASSESSED", "APPROVED"]) {
    const moved = await changeFosterFamilyStatus(world.actors[key], id, { to, reason: "", version: await version(id) });
    if (!moved.ok) throw new Error(JSON.stringify(moved.fieldErrors));
  }
  return id;
}

/**
 * A child of the NDB worker with an approved case plan 40 days ago (follow-up every 14 days, so
 * overdue since 26 days), placed in `familyId` from `startDaysAgo`.
 */
async function placedChildWithOverdueFollowUp(familyId: string, startDaysAgo = 30, endDaysAgo?: number) {
  const child = await registerChild(world.actors.swNdb, validChild());
  if (!child.ok) throw new Error(JSON.stringify(child.fieldErrors));
  const caseId = child.data.caseId;
  await db.casePlan.create({
    data: { caseId, status: "APPROVED", authorId: world.actors.swNdb.userId, decidedById: world.actors.supNdb.userId, decidedAt: daysFromToday(-40) },
  });
  await db.$transaction((tx) => refreshDueDates(tx, caseId));
  const placement = await db.placement.create({
    data: {
      caseId,
      type: "FOSTER_FAMILY",
      fosterFamilyId: familyId,
      startDate: daysFromToday(-startDaysAgo),
      endDate: endDaysAgo === undefined ? null : daysFromToday(-endDaysAgo),
      endReason: endDaysAgo === undefined ? null : "REUNIFIED",
      createdById: world.actors.supNdb.userId,
    },
  });
  return { caseId, placementId: placement.id };
}

const followUpDueAt = async (caseId: string) => (await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { followUpDueAt: true } })).followUpDueAt;

async function counts() {
  const [visits, visitChildren, caseEvents, audits, families, dueDates] = await Promise.all([
    db.fosterFamilyVisit.count(),
    db.fosterVisitChild.count(),
    db.caseEvent.count(),
    db.auditEvent.count(),
    db.fosterFamily.aggregate({ _sum: { version: true } }),
    db.case.findMany({ orderBy: { id: "asc" }, select: { id: true, followUpDueAt: true, nextDueAt: true } }),
  ]);
  return { visits, visitChildren, caseEvents, audits, familyVersions: families._sum.version, dueDates };
}

const seenChild = (placementId: string, overrides: Record<string, unknown> = {}) => ({
  placementId,
  seen: "yes",
  seenAlone: "on",
  wellbeing: "GOOD",
  schoolAttendance: "REGULAR",
  childViews: "Je me sens bien ici, je veux rester jusqu'au retour de ma mère.",
  ...overrides,
});

const visit = (v: number, children: unknown[], overrides: Record<string, unknown> = {}) => ({
  date: iso(0),
  visitors: "",
  observations: "Visite de suivi : foyer calme, enfants présents.",
  concerns: "",
  suspend: false,
  nextVisitDueAt: "",
  children,
  version: v,
  ...overrides,
});

describe("recordFosterVisit with the children placed", () => {
  it("writes an entry per child, a timeline event on each case and the audit event in one step; a child seen satisfies the follow-up", async () => {
    const familyId = await approvedFamily();
    const seen = await placedChildWithOverdueFollowUp(familyId);
    const notSeen = await placedChildWithOverdueFollowUp(familyId, 20);
    expect((await followUpDueAt(seen.caseId))!.getTime()).toBeLessThan(Date.now());
    const before = await counts();

    const result = await recordFosterVisit(
      world.actors.ngoA,
      familyId,
      visit(await version(familyId), [seenChild(seen.placementId), { placementId: notSeen.placementId, seen: "no", schoolAttendance: "NOT_ATTENDING", wellbeing: "POOR", childViews: "x" }]),
    );
    expect(result).toMatchObject({ ok: true });
    const visitId = result.ok ? result.data.visitId : "";

    const entries = await db.fosterVisitChild.findMany({ where: { visitId }, orderBy: { createdAt: "asc" } });
    expect(entries).toHaveLength(2);
    expect(entries.find((e) => e.placementId === seen.placementId)).toMatchObject({
      caseId: seen.caseId,
      seen: true,
      seenAlone: true,
      wellbeing: "GOOD",
      schoolAttendance: "REGULAR",
      childViews: "Je me sens bien ici, je veux rester jusqu'au retour de ma mère.",
    });
    // Not seen: nothing that only a child seen could tell is kept.
    expect(entries.find((e) => e.placementId === notSeen.placementId)).toMatchObject({ caseId: notSeen.caseId, seen: false, seenAlone: false, wellbeing: null, childViews: null, schoolAttendance: "NOT_ATTENDING" });

    // The child seen: followed up today, next due in 14 days (risk not set → timed as medium).
    expect(await followUpDueAt(seen.caseId)).toEqual(daysFromToday(14));
    // The child not seen: still overdue.
    expect((await followUpDueAt(notSeen.caseId))!.getTime()).toBeLessThan(Date.now());

    const event = await db.caseEvent.findFirstOrThrow({ where: { caseId: seen.caseId, type: "fosterFamily.visitRecorded" } });
    expect(event.actorId).toBe(world.actors.ngoA.userId);
    expect(event.data).toMatchObject({ visitId, householdName: "Famille Suivie", date: iso(0), seen: true, seenAlone: true, wellbeing: "GOOD" });
    expect(await db.caseEvent.count({ where: { caseId: notSeen.caseId, type: "fosterFamily.visitRecorded" } })).toBe(1);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "fosterFamily.visitRecorded", entityId: visitId } });
    expect((audit.after as { children: unknown[] }).children).toHaveLength(2);
    const after = await counts();
    expect(after).toMatchObject({ visits: before.visits + 1, visitChildren: before.visitChildren + 2, caseEvents: before.caseEvents + 2, audits: before.audits + 1 });

    // The caseworker reads it on the case timeline.
    const timeline = await getCaseTimeline(world.actors.swNdb, seen.caseId);
    expect(timeline.entries[0]).toMatchObject({
      kind: "fosterVisit",
      type: "fosterFamily.visitRecorded",
      actorName: "ngoA",
      visit: { householdName: "Famille Suivie", seen: true, seenAlone: true, wellbeing: "GOOD", schoolAttendance: "REGULAR" },
    });

    // The family page lists the entries with the visit (children named only within the case scope).
    const page = await getFosterFamily(world.actors.ngoA, familyId);
    expect(page.visits[0].children).toHaveLength(2);
    expect(page.visits[0].children.every((entry) => entry.child === null)).toBe(true);
    const forSupervisor = await getFosterFamily(world.actors.supNdb, familyId);
    expect(forSupervisor.visits[0].children.map((entry) => entry.child?.caseId).sort()).toEqual([seen.caseId, notSeen.caseId].sort());
    expect((await getFosterFamily(world.actors.supNkn, familyId)).visits[0].children).toEqual([]);
  });

  it("takes the visit's next visit date as the child's planned follow-up when it comes sooner", async () => {
    const familyId = await approvedFamily();
    const child = await placedChildWithOverdueFollowUp(familyId);
    const result = await recordFosterVisit(world.actors.ngoA, familyId, visit(await version(familyId), [seenChild(child.placementId)], { nextVisitDueAt: iso(5) }));
    expect(result).toMatchObject({ ok: true });
    expect(await followUpDueAt(child.caseId)).toEqual(daysFromToday(5));
    expect(await getPlannedVisit(world.actors.swNdb, child.caseId)).toEqual(daysFromToday(5));
  });

  it("covers the children placed on the visit's date: a visit recorded late includes a child who has left since", async () => {
    const familyId = await approvedFamily();
    const left = await placedChildWithOverdueFollowUp(familyId, 30, 5);
    const arrived = await placedChildWithOverdueFollowUp(familyId, 3);
    const result = await recordFosterVisit(world.actors.ngoA, familyId, visit(await version(familyId), [seenChild(left.placementId)], { date: iso(-10) }));
    expect(result).toMatchObject({ ok: true });
    expect(await db.fosterVisitChild.count({ where: { caseId: arrived.caseId } })).toBe(0);
    expect(await followUpDueAt(left.caseId)).toEqual(daysFromToday(4));
  });

  it("refuses another organisation's worker (404) and writes nothing", async () => {
    const familyId = await approvedFamily();
    const child = await placedChildWithOverdueFollowUp(familyId);
    const before = await counts();
    await expect(recordFosterVisit(world.actors.ngoB, familyId, visit(await version(familyId), [seenChild(child.placementId)]))).rejects.toBeInstanceOf(NotFoundError);
    for (const key of ["swNdb", "supNdb", "national"] as const) {
      await expect(recordFosterVisit(world.actors[key], familyId, visit(await version(familyId), [seenChild(child.placementId)]))).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await counts()).toEqual(before);
  });

  it("refuses a child not placed in the family on that date, and a visit that leaves a placed child out, writing nothing", async () => {
    const familyId = await approvedFamily();
    const otherFamily = await approvedFamily();
    const placed = await placedChildWithOverdueFollowUp(familyId);
    const elsewhere = await placedChildWithOverdueFollowUp(otherFamily);
    const later = await placedChildWithOverdueFollowUp(familyId, 2);
    const before = await counts();
    const v = await version(familyId);

    // Another family's child.
    expect(await recordFosterVisit(world.actors.ngoA, familyId, visit(v, [seenChild(placed.placementId), seenChild(elsewhere.placementId)], { date: iso(-5) }))).toEqual({
      ok: false,
      fieldErrors: { children: "fosterVisit.childNotPlaced" },
    });
    // A child placed only after the visit's date.
    expect(await recordFosterVisit(world.actors.ngoA, familyId, visit(v, [seenChild(placed.placementId), seenChild(later.placementId)], { date: iso(-5) }))).toEqual({
      ok: false,
      fieldErrors: { children: "fosterVisit.childNotPlaced" },
    });
    // Today both are placed: leaving one out is refused.
    expect(await recordFosterVisit(world.actors.ngoA, familyId, visit(v, [seenChild(placed.placementId)]))).toEqual({
      ok: false,
      fieldErrors: { children: "fosterVisit.childrenMissing" },
    });
    expect(await counts()).toEqual(before);
  });

  it("refuses bad input beside the field and writes nothing", async () => {
    const familyId = await approvedFamily();
    const child = await placedChildWithOverdueFollowUp(familyId);
    const before = await counts();
    const v = await version(familyId);
    const refused = async (entry: Record<string, unknown>, field: string, key: string) =>
      expect(await recordFosterVisit(world.actors.ngoA, familyId, visit(v, [seenChild(child.placementId, entry)]))).toMatchObject({
        ok: false,
        fieldErrors: { [`children.0.${field}`]: key },
      });
    await refused({ seen: undefined }, "seen", "required");
    await refused({ seen: "maybe" }, "seen", "required");
    await refused({ wellbeing: "" }, "wellbeing", "required");
    await refused({ wellbeing: "EXCELLENT" }, "wellbeing", "invalid");
    await refused({ schoolAttendance: "" }, "schoolAttendance", "required");
    await refused({ childViews: "x".repeat(2001) }, "childViews", "tooLong");
    await refused({ placementId: "not-a-uuid" }, "placementId", "invalid");
    expect(await recordFosterVisit(world.actors.ngoA, familyId, visit(v, [seenChild(child.placementId), seenChild(child.placementId)]))).toMatchObject({
      ok: false,
      fieldErrors: { children: "invalid" },
    });
    expect(await recordFosterVisit(world.actors.ngoA, familyId, visit(v, "nope" as never))).toMatchObject({ ok: false, fieldErrors: { children: "invalid" } });
    expect(await counts()).toEqual(before);
  });

  it("a family with no child placed records a visit as before (no entries)", async () => {
    const familyId = await approvedFamily();
    const { children: _omitted, ...withoutChildren } = visit(await version(familyId), []);
    void _omitted;
    const result = await recordFosterVisit(world.actors.ngoA, familyId, withoutChildren);
    expect(result).toMatchObject({ ok: true });
    expect(await db.fosterVisitChild.count({ where: { visitId: result.ok ? result.data.visitId : "" } })).toBe(0);
  });
});

describe("the database guards the entries", () => {
  it("refuses an entry for a child not placed in the visited family on its date, and what only a seen child can tell for one not seen", async () => {
    const familyId = await approvedFamily();
    const otherFamily = await approvedFamily();
    const placed = await placedChildWithOverdueFollowUp(familyId);
    const elsewhere = await placedChildWithOverdueFollowUp(otherFamily);
    const created = await recordFosterVisit(world.actors.ngoA, familyId, visit(await version(familyId), [seenChild(placed.placementId)]));
    if (!created.ok) throw new Error("visit refused");
    const visitId = created.data.visitId;
    const base = { visitId, seen: true, wellbeing: "GOOD" as const, schoolAttendance: "REGULAR" as const };

    await expect(db.fosterVisitChild.create({ data: { ...base, placementId: elsewhere.placementId, caseId: elsewhere.caseId } })).rejects.toThrow(/not placed in the visited family/);
    // A placement of this family but under another case id.
    const secondVisit = await db.fosterFamilyVisit.create({
      data: { fosterFamilyId: familyId, date: daysFromToday(-1), visitedById: world.actors.ngoA.userId, observations: "Visite" },
    });
    await expect(db.fosterVisitChild.create({ data: { ...base, visitId: secondVisit.id, placementId: placed.placementId, caseId: elsewhere.caseId } })).rejects.toThrow(/not placed/);
    await expect(
      db.fosterVisitChild.create({ data: { ...base, visitId: secondVisit.id, placementId: placed.placementId, caseId: placed.caseId, seen: false } }),
    ).rejects.toThrow(/FosterVisitChild_unseen_has_no_observation/);
    await expect(
      db.fosterVisitChild.create({ data: { ...base, visitId: secondVisit.id, placementId: placed.placementId, caseId: placed.caseId, wellbeing: null } }),
    ).rejects.toThrow(/FosterVisitChild_seen_has_wellbeing/);
  });
});
