import { beforeAll, describe, expect, it } from "vitest";
import { registerChild } from "@/lib/cases/register-child";
import { toIsoDate, todayUtc } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { ConflictError, InvalidStateError, NotFoundError } from "@/lib/errors";
import { changeFosterFamilyStatus } from "@/lib/foster-families/change-foster-family-status";
import { getFosterFamily } from "@/lib/foster-families/get-foster-family";
import { listFosterFamilies } from "@/lib/foster-families/list-foster-families";
import { listPlaceableFamilies } from "@/lib/foster-families/list-placeable-families";
import { recordFosterVisit } from "@/lib/foster-families/record-foster-visit";
import { registerFosterFamily } from "@/lib/foster-families/register-foster-family";
import { updateFosterFamily } from "@/lib/foster-families/update-foster-family";
import { createWorld, validChild, type UserKey, type World } from "./fixtures";

let world: World;
const DAY = 86_400_000;
const today = todayUtc();
const isoDaysFromToday = (days: number) => toIsoDate(new Date(today.getTime() + days * DAY));

const household = (overrides: Record<string, unknown> = {}) => ({
  householdName: "Famille Ould Ahmed",
  location: "Nouadhibou",
  address: "Quartier Numerowatt, rue 12",
  languages: ["ar", "fr"],
  capacity: "2",
  contactName: "Mariem Mint Ahmed",
  contactPhone: "+222 22 33 44 55",
  notes: "",
  ...overrides,
});

async function register(key: UserKey = "ngoA", overrides: Record<string, unknown> = {}) {
  const result = await registerFosterFamily(world.actors[key], household(overrides));
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return result.data.familyId;
}

async function version(familyId: string) {
  return (await db.fosterFamily.findUniqueOrThrow({ where: { id: familyId }, select: { version: true } })).version;
}

async function moveTo(familyId: string, to: string, reason = "", key: UserKey = "ngoA") {
  const result = await changeFosterFamilyStatus(world.actors[key], familyId, { to, reason, version: await version(familyId) });
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return result.data;
}

async function approved(overrides: Record<string, unknown> = {}, key: UserKey = "ngoA") {
  const id = await register(key, overrides);
  await moveTo(id, "ASSESSED", "", key);
  await moveTo(id, "APPROVED", "", key);
  return id;
}

async function placeChild(familyId: string, startDaysAgo = 10) {
  const child = await registerChild(world.actors.swNdb, validChild());
  if (!child.ok) throw new Error(JSON.stringify(child.fieldErrors));
  return db.placement.create({
    data: {
      caseId: child.data.caseId,
      type: "FOSTER_FAMILY",
      fosterFamilyId: familyId,
      startDate: new Date(today.getTime() - startDaysAgo * DAY),
      createdById: world.actors.supNdb.userId,
    },
  });
}

async function counts() {
  const [families, visits, audits, caseEvents, flagged] = await Promise.all([
    db.fosterFamily.count(),
    db.fosterFamilyVisit.count(),
    db.auditEvent.count(),
    db.caseEvent.count(),
    db.placement.count({ where: { reviewFlaggedAt: { not: null } } }),
  ]);
  return { families, visits, audits, caseEvents, flagged };
}

const visit = (v: number, overrides: Record<string, unknown> = {}) => ({
  date: isoDaysFromToday(0),
  visitors: "Point focal MASEF",
  observations: "Enfants bien accueillis, chambre propre.",
  concerns: "",
  suspend: false,
  nextVisitDueAt: isoDaysFromToday(30),
  version: v,
  ...overrides,
});

beforeAll(async () => {
  world = await createWorld();
});

describe("registerFosterFamily", () => {
  it("registers a household for the NGO's own organisation as APPLIED, audited", async () => {
    const before = await counts();
    const id = await register("ngoA", { householdName: "  Famille Sow  ", languages: ["ff", "ff", "fr"] });
    const row = await db.fosterFamily.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      householdName: "Famille Sow",
      organisationId: world.organisations["NGO-A"],
      vettingStatus: "APPLIED",
      capacity: 2,
      languages: ["ff", "fr"],
      approvedAt: null,
      notes: null,
      createdById: world.actors.ngoA.userId,
      version: 1,
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "fosterFamily.registered", entityId: id } });
    expect(audit.actorId).toBe(world.actors.ngoA.userId);
    expect(await counts()).toMatchObject({ families: before.families + 1, audits: before.audits + 1 });
  });

  it("refuses bad input and writes nothing", async () => {
    const before = await counts();
    const result = await registerFosterFamily(
      world.actors.ngoA,
      household({ householdName: " ", capacity: "0", languages: [], contactPhone: "abc", location: "" }),
    );
    expect(result).toEqual({
      ok: false,
      fieldErrors: expect.objectContaining({
        householdName: "required",
        capacity: "atLeastOne",
        languages: "languagesRequired",
        contactPhone: "phoneFormat",
        location: "required",
      }),
    });
    expect(await registerFosterFamily(world.actors.ngoA, household({ languages: ["xx"] }))).toMatchObject({ ok: false });
    expect(await registerFosterFamily(world.actors.ngoA, household({ capacity: "1.5" }))).toMatchObject({ ok: false, fieldErrors: { capacity: "wholeNumber" } });
    expect(await registerFosterFamily(world.actors.ngoA, household({ capacity: "" }))).toMatchObject({ ok: false, fieldErrors: { capacity: "required" } });
    expect(await registerFosterFamily(world.actors.ngoA, household({ capacity: "13" }))).toMatchObject({ ok: false, fieldErrors: { capacity: "tooLarge" } });
    expect(await counts()).toEqual(before);
  });

  it("is not allowed for roles without foster:manage (404), writing nothing", async () => {
    const before = await counts();
    for (const key of ["swNdb", "supNdb", "national", "bid", "admin"] as const) {
      await expect(registerFosterFamily(world.actors[key], household())).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await counts()).toEqual(before);
  });
});

describe("changeFosterFamilyStatus", () => {
  it("walks APPLIED → ASSESSED → APPROVED (sets the approval date), audited", async () => {
    const id = await register();
    await moveTo(id, "ASSESSED");
    await moveTo(id, "APPROVED");
    const row = await db.fosterFamily.findUniqueOrThrow({ where: { id } });
    expect(row.vettingStatus).toBe("APPROVED");
    expect(toIsoDate(row.approvedAt!)).toBe(toIsoDate(today));
    expect(row.version).toBe(3);
    expect(await db.auditEvent.count({ where: { action: "fosterFamily.statusChanged", entityId: id } })).toBe(2);
  });

  it("refuses moves the state machine does not allow, writing nothing", async () => {
    const id = await register();
    const before = await counts();
    for (const to of ["APPROVED", "SUSPENDED", "APPLIED"]) {
      await expect(changeFosterFamilyStatus(world.actors.ngoA, id, { to, reason: "x", version: 1 })).rejects.toBeInstanceOf(InvalidStateError);
    }
    expect(await counts()).toEqual(before);
    expect((await db.fosterFamily.findUniqueOrThrow({ where: { id } })).vettingStatus).toBe("APPLIED");
  });

  it("suspends with a reason and flags every active placement for review, with a timeline event on each case", async () => {
    const id = await approved({ capacity: "3" });
    const first = await placeChild(id);
    const second = await placeChild(id);
    const ended = await placeChild(id, 40);
    await db.placement.update({ where: { id: ended.id }, data: { startDate: new Date(today.getTime() - 40 * DAY), endDate: new Date(today.getTime() - 20 * DAY), endReason: "REUNIFIED" } });
    const before = await counts();

    const result = await moveTo(id, "SUSPENDED", "Violence signalée par un voisin");
    expect(result).toEqual({ vettingStatus: "SUSPENDED", flaggedPlacements: 2 });

    const family = await db.fosterFamily.findUniqueOrThrow({ where: { id } });
    expect(family).toMatchObject({ vettingStatus: "SUSPENDED", suspensionReason: "Violence signalée par un voisin" });
    expect(family.suspendedAt).not.toBeNull();
    for (const placement of [first, second]) {
      const row = await db.placement.findUniqueOrThrow({ where: { id: placement.id } });
      expect(row.reviewFlaggedAt).not.toBeNull();
      expect(row.reviewReason).toBe("Violence signalée par un voisin");
      expect(row.version).toBe(placement.version + 1);
      const event = await db.caseEvent.findFirstOrThrow({ where: { caseId: placement.caseId, type: "placement.reviewFlagged" } });
      expect(event.data).toMatchObject({ placementId: placement.id, reason: "Violence signalée par un voisin" });
    }
    expect((await db.placement.findUniqueOrThrow({ where: { id: ended.id } })).reviewFlaggedAt).toBeNull();
    expect(await counts()).toMatchObject({
      caseEvents: before.caseEvents + 2,
      audits: before.audits + 3, // the status change and one per flagged placement
      flagged: before.flagged + 2,
    });
  });

  it("needs a reason to suspend or reinstate; a missing reason writes nothing", async () => {
    const id = await approved();
    await placeChild(id);
    const before = await counts();
    const result = await changeFosterFamilyStatus(world.actors.ngoA, id, { to: "SUSPENDED", reason: "  ", version: await version(id) });
    expect(result).toEqual({ ok: false, fieldErrors: { reason: "required" } });
    expect(await counts()).toEqual(before);

    await moveTo(id, "SUSPENDED", "Enquête en cours");
    const reinstate = await changeFosterFamilyStatus(world.actors.ngoA, id, { to: "APPROVED", reason: "", version: await version(id) });
    expect(reinstate).toEqual({ ok: false, fieldErrors: { reason: "required" } });
    await moveTo(id, "APPROVED", "Enquête close sans suite");
    const row = await db.fosterFamily.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ vettingStatus: "APPROVED", suspendedAt: null, suspensionReason: null });
    expect(toIsoDate(row.approvedAt!)).toBe(toIsoDate(today));
  });

  it("can send a suspended family back to assessment (clears the approval date)", async () => {
    const id = await approved();
    await moveTo(id, "SUSPENDED", "Déménagement");
    await moveTo(id, "ASSESSED", "Nouvelle évaluation du logement");
    expect(await db.fosterFamily.findUniqueOrThrow({ where: { id } })).toMatchObject({ vettingStatus: "ASSESSED", approvedAt: null });
  });

  it("refuses a stale version (ConflictError) and another NGO's family (404), writing nothing", async () => {
    const id = await register();
    await moveTo(id, "ASSESSED");
    const before = await counts();
    await expect(changeFosterFamilyStatus(world.actors.ngoA, id, { to: "APPROVED", version: 1 })).rejects.toBeInstanceOf(ConflictError);
    await expect(changeFosterFamilyStatus(world.actors.ngoB, id, { to: "APPROVED", version: 2 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(changeFosterFamilyStatus(world.actors.supNdb, id, { to: "APPROVED", version: 2 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(changeFosterFamilyStatus(world.actors.ngoA, "not-a-uuid", { to: "APPROVED", version: 2 })).rejects.toBeInstanceOf(NotFoundError);
    expect(await counts()).toEqual(before);
  });
});

describe("updateFosterFamily", () => {
  it("edits the details with the version read, and refuses a stale form", async () => {
    const id = await register();
    const result = await updateFosterFamily(world.actors.ngoA, id, { ...household({ capacity: "4", location: "Nouakchott" }), version: 1 });
    expect(result).toEqual({ ok: true, data: { version: 2 } });
    expect(await db.fosterFamily.findUniqueOrThrow({ where: { id } })).toMatchObject({ capacity: 4, location: "Nouakchott", version: 2 });
    const before = await counts();
    await expect(updateFosterFamily(world.actors.ngoA, id, { ...household(), version: 1 })).rejects.toBeInstanceOf(ConflictError);
    await expect(updateFosterFamily(world.actors.ngoB, id, { ...household(), version: 2 })).rejects.toBeInstanceOf(NotFoundError);
    expect(await updateFosterFamily(world.actors.ngoA, id, { ...household({ capacity: "-1" }), version: 2 })).toMatchObject({ ok: false });
    expect(await counts()).toEqual(before);
  });
});

describe("recordFosterVisit", () => {
  it("records a visit and moves the family's next visit due date", async () => {
    const id = await approved();
    const result = await recordFosterVisit(world.actors.ngoA, id, visit(await version(id)));
    expect(result).toMatchObject({ ok: true, data: { suspended: false, flaggedPlacements: 0 } });
    const family = await db.fosterFamily.findUniqueOrThrow({ where: { id }, include: { visits: true } });
    expect(family.visits).toHaveLength(1);
    expect(family.visits[0]).toMatchObject({ visitedById: world.actors.ngoA.userId, visitors: "Point focal MASEF", concerns: null, suspendedFamily: false });
    expect(toIsoDate(family.nextVisitDueAt!)).toBe(isoDaysFromToday(30));
    expect(await db.auditEvent.count({ where: { action: "fosterFamily.visitRecorded" } })).toBeGreaterThan(0);
  });

  it("a visit with a concern can suspend the family and flag its placements, in one step", async () => {
    const id = await approved();
    const placement = await placeChild(id);
    const before = await counts();
    const result = await recordFosterVisit(
      world.actors.ngoA,
      id,
      visit(await version(id), {
        concerns: "Enfant non scolarisé, signes de travail domestique",
        suspend: "on",
        children: [{ placementId: placement.id, seen: "yes", wellbeing: "POOR", schoolAttendance: "NOT_ATTENDING", childViews: "" }],
      }),
    );
    expect(result).toMatchObject({ ok: true, data: { suspended: true, flaggedPlacements: 1 } });
    const family = await db.fosterFamily.findUniqueOrThrow({ where: { id } });
    expect(family).toMatchObject({ vettingStatus: "SUSPENDED", suspensionReason: "Enfant non scolarisé, signes de travail domestique" });
    expect(await db.fosterFamilyVisit.findFirstOrThrow({ where: { fosterFamilyId: id } })).toMatchObject({ suspendedFamily: true });
    expect((await db.placement.findUniqueOrThrow({ where: { id: placement.id } })).reviewFlaggedAt).not.toBeNull();
    // Two events on the child's timeline: the visit's entry and the review flag.
    expect(await counts()).toMatchObject({ visits: before.visits + 1, caseEvents: before.caseEvents + 2, audits: before.audits + 3, flagged: before.flagged + 1 });
  });

  it("bad input, suspending without a concern or a non-approved family, another NGO, a stale version: nothing written", async () => {
    const id = await approved();
    const applied = await register();
    const before = await counts();
    const v = await version(id);
    expect(await recordFosterVisit(world.actors.ngoA, id, visit(v, { observations: " " }))).toMatchObject({ ok: false, fieldErrors: { observations: "required" } });
    expect(await recordFosterVisit(world.actors.ngoA, id, visit(v, { suspend: true, concerns: "" }))).toMatchObject({ ok: false, fieldErrors: { concerns: "required" } });
    expect(await recordFosterVisit(world.actors.ngoA, id, visit(v, { date: isoDaysFromToday(2) }))).toMatchObject({ ok: false, fieldErrors: { date: "dateInFuture" } });
    expect(await recordFosterVisit(world.actors.ngoA, id, visit(v, { nextVisitDueAt: isoDaysFromToday(-3) }))).toMatchObject({
      ok: false,
      fieldErrors: { nextVisitDueAt: "nextVisitBeforeDate" },
    });
    await expect(recordFosterVisit(world.actors.ngoA, applied, visit(1, { suspend: true, concerns: "x" }))).rejects.toBeInstanceOf(InvalidStateError);
    await expect(recordFosterVisit(world.actors.ngoB, id, visit(v))).rejects.toBeInstanceOf(NotFoundError);
    await expect(recordFosterVisit(world.actors.supNdb, id, visit(v))).rejects.toBeInstanceOf(NotFoundError);
    await expect(recordFosterVisit(world.actors.ngoA, id, visit(v - 1))).rejects.toBeInstanceOf(ConflictError);
    expect(await counts()).toEqual(before);
  });
});

describe("listFosterFamilies / getFosterFamily", () => {
  it("an NGO lists only its own households, filtered by status and name; other NGO's family is 404", async () => {
    const mine = await register("ngoA", { householdName: "Famille Listée Kane" });
    const theirs = await register("ngoB", { householdName: "Famille Listée Ba" });
    const page = await listFosterFamilies(world.actors.ngoA, { q: "listée" });
    expect(page.items.map((f) => f.id)).toEqual([mine]);
    expect((await listFosterFamilies(world.actors.ngoB, { q: "listée" })).items.map((f) => f.id)).toEqual([theirs]);
    expect((await listFosterFamilies(world.actors.ngoA, { q: "listée", status: "APPROVED" })).items).toEqual([]);

    await expect(getFosterFamily(world.actors.ngoA, theirs)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getFosterFamily(world.actors.ngoA, "00000000-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(NotFoundError);
    const detail = await getFosterFamily(world.actors.ngoA, mine);
    expect(detail).toMatchObject({ canManage: true, contact: { contactPhone: "+222 22 33 44 55" } });
  });

  it("supervisors and the national supervisor read every household without contact details; social workers and others get 404", async () => {
    const id = await register("ngoB", { householdName: "Famille Vue Par Tous" });
    for (const key of ["supNdb", "national"] as const) {
      const page = await listFosterFamilies(world.actors[key], { q: "Vue Par Tous" });
      expect(page.items.map((f) => f.id)).toEqual([id]);
      expect(await getFosterFamily(world.actors[key], id)).toMatchObject({ canManage: false, contact: null, notes: null });
    }
    for (const key of ["swNdb", "bid", "panel", "me", "admin"] as const) {
      await expect(listFosterFamilies(world.actors[key])).rejects.toBeInstanceOf(NotFoundError);
      await expect(getFosterFamily(world.actors[key], id)).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("names a placed child only for viewers whose case scope holds the case", async () => {
    const id = await approved({ householdName: "Famille Avec Enfant" });
    const placement = await placeChild(id);
    const forSupervisor = await getFosterFamily(world.actors.supNdb, id);
    expect(forSupervisor.activePlacements).toBe(1);
    expect(forSupervisor.placements[0].child).toMatchObject({ caseId: placement.caseId });
    const forNkn = await getFosterFamily(world.actors.supNkn, id);
    expect(forNkn.placements).toHaveLength(1);
    expect(forNkn.placements[0].child).toBeNull();
    expect((await getFosterFamily(world.actors.ngoA, id)).placements[0].child).toBeNull();
  });
});

describe("listPlaceableFamilies", () => {
  it("lists approved families with a free place only; an NGO sees its own; others without foster:read get 404", async () => {
    const free = await approved({ householdName: "Placeable Libre", capacity: "2" });
    const full = await approved({ householdName: "Placeable Pleine", capacity: "1" });
    await placeChild(full);
    const partly = await approved({ householdName: "Placeable Partielle", capacity: "2" });
    await placeChild(partly);
    await register("ngoA", { householdName: "Placeable Candidate" });
    const suspended = await approved({ householdName: "Placeable Suspendue" });
    await moveTo(suspended, "SUSPENDED", "Concern");
    const other = await approved({ householdName: "Placeable Autre ONG" }, "ngoB");

    const names = (list: { householdName: string }[]) => list.map((f) => f.householdName).filter((n) => n.startsWith("Placeable"));
    const forWorker = await listPlaceableFamilies(world.actors.swNdb);
    expect(names(forWorker)).toEqual(["Placeable Autre ONG", "Placeable Libre", "Placeable Partielle"]);
    expect(forWorker.find((f) => f.id === partly)).toMatchObject({ capacity: 2, activePlacements: 1, freePlaces: 1 });
    expect(forWorker.find((f) => f.id === free)).toMatchObject({ freePlaces: 2 });
    expect(names(await listPlaceableFamilies(world.actors.ngoA))).toEqual(["Placeable Libre", "Placeable Partielle"]);
    expect(names(await listPlaceableFamilies(world.actors.ngoB))).toEqual(["Placeable Autre ONG"]);
    expect(other).toBeTruthy();
    for (const key of ["bid", "me", "admin", "panel"] as const) {
      await expect(listPlaceableFamilies(world.actors[key])).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});
