import { beforeAll, describe, expect, it } from "vitest";
import { getCase } from "@/lib/cases/get-case";
import { registerChild } from "@/lib/cases/register-child";
import { toIsoDate, todayUtc } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { ConflictError, InvalidStateError, NotFoundError } from "@/lib/errors";
import { admitPlacement } from "@/lib/placements/admit-placement";
import { dischargePlacement } from "@/lib/placements/discharge-placement";
import { listCasePlacements } from "@/lib/placements/list-case-placements";
import { listRecentRunaways } from "@/lib/placements/list-recent-runaways";
import { transferPlacement } from "@/lib/placements/transfer-placement";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createWorld, validChild, type UserKey, type World } from "./fixtures";

let world: World;
const DAY = 86_400_000;
const today = todayUtc();
const isoDaysAgo = (days: number) => toIsoDate(new Date(today.getTime() - days * DAY));

async function register(key: UserKey = "swNdb", overrides: Record<string, unknown> = {}) {
  const result = await registerChild(world.actors[key], validChild({ arrivalDate: isoDaysAgo(60), ...overrides }));
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return result.data.caseId;
}

const residential = (overrides: Record<string, unknown> = {}) => ({ type: "CPISE_RESIDENTIAL", startDate: isoDaysAgo(50), notes: "Accueil d'urgence.", ...overrides });

async function admitted(key: UserKey, caseId: string, input: Record<string, unknown> = residential()) {
  const result = await admitPlacement(world.actors[key], caseId, input);
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return result.data.placementId;
}

async function rows() {
  const [placements, events, audits, cases] = await Promise.all([
    db.placement.count(),
    db.caseEvent.count(),
    db.auditEvent.count(),
    db.case.findMany({ select: { id: true, centreId: true, assignedWorkerId: true, version: true, riskLevel: true }, orderBy: { id: "asc" } }),
  ]);
  return { placements, events, audits, cases };
}

async function setCapacityLeft(centre: "NDB" | "NKN", left: number) {
  const occupied = await db.placement.count({ where: { centreId: world.centres[centre], endDate: null } });
  await db.centre.update({ where: { id: world.centres[centre] }, data: { capacity: Math.max(1, occupied + left) } });
  return occupied;
}

async function family(overrides: Record<string, unknown> = {}) {
  return db.fosterFamily.create({
    data: {
      organisationId: world.organisations["NGO-A"],
      householdName: "Famille Sow",
      location: "Tevragh Zeina",
      capacity: 1,
      contactName: "Aissata Sow",
      contactPhone: "+222 22 00 00 00",
      vettingStatus: "APPROVED",
      approvedAt: new Date(today.getTime() - 100 * DAY),
      createdById: world.actors.ngoA.userId,
      ...overrides,
    },
  });
}

/**
 * Runs `start` with lib/db's client swapped for a second one: the DAL reads `db.$transaction`
 * synchronously when it starts, so that transaction runs on the second client's connection.
 */
const holder = globalThis as unknown as { prisma?: unknown };
let secondClient: PrismaClient;
function onSecondClient<T>(start: () => Promise<T>): Promise<T> {
  const original = holder.prisma;
  holder.prisma = secondClient;
  try {
    return start();
  } finally {
    holder.prisma = original;
  }
}

beforeAll(async () => {
  secondClient = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) });
  world = await createWorld();
  await db.centre.update({ where: { id: world.centres.NDB }, data: { capacity: 100 } });
});

afterAll(async () => {
  await secondClient.$disconnect();
});

describe("admitPlacement", () => {
  it("admits a child to the case's centre: the placement, its timeline event and audit event", async () => {
    const caseId = await register();
    const before = await rows();
    const id = await admitted("swNdb", caseId);
    const row = await db.placement.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ caseId, type: "CPISE_RESIDENTIAL", centreId: world.centres.NDB, endDate: null, notes: "Accueil d'urgence.", decidedById: world.actors.swNdb.userId, version: 1 });
    expect(toIsoDate(row.startDate)).toBe(isoDaysAgo(50));
    const event = await db.caseEvent.findFirstOrThrow({ where: { caseId, type: "placement.started" } });
    expect(event.data).toMatchObject({ placementId: id, placementType: "CPISE_RESIDENTIAL" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "placement.admitted" } });
    expect(audit.actorId).toBe(world.actors.swNdb.userId);
    const after = await rows();
    expect([after.placements, after.events, after.audits]).toEqual([before.placements + 1, before.events + 1, before.audits + 1]);
  });

  it("is 404 for users outside the case's edit scope and for roles without placement rights", async () => {
    const caseId = await register();
    const before = await rows();
    for (const key of ["swNkn", "sw2Ndb", "supNkn", "national", "bid", "me", "admin", "panel"] as const) {
      await expect(admitPlacement(world.actors[key], caseId, residential()), key).rejects.toBeInstanceOf(NotFoundError);
    }
    // An NGO caseworker places only in foster families.
    await expect(admitPlacement(world.actors.ngoA, caseId, residential())).rejects.toBeInstanceOf(NotFoundError);
    expect(await rows()).toEqual(before);
  });

  it("refuses bad input with field errors and writes nothing", async () => {
    const caseId = await register();
    const before = await rows();
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [{ type: "" }, { type: "placement.typeRequired" }],
      [residential({ startDate: "" }), { startDate: "required" }],
      [residential({ startDate: toIsoDate(new Date(today.getTime() + DAY)) }), { startDate: "dateInFuture" }],
      [residential({ startDate: isoDaysAgo(61) }), { startDate: "placement.startBeforeArrival" }],
      [{ type: "KINSHIP_CARE", startDate: isoDaysAgo(5), caregiverName: "", caregiverRelationship: "", address: "", contactPhone: "abc" }, { caregiverName: "required", caregiverRelationship: "required", address: "required", contactPhone: "phoneFormat" }],
      [{ type: "SUPERVISED_INDEPENDENT_LIVING", startDate: isoDaysAgo(5), placeName: "", address: "" }, { placeName: "required", address: "required" }],
      [{ type: "OTHER_SHELTER", startDate: isoDaysAgo(5), address: "Rue 42" }, { placeName: "required" }],
      [{ type: "FOSTER_FAMILY", startDate: isoDaysAgo(5), fosterFamilyId: "not-a-uuid" }, { fosterFamilyId: "placement.familyNotFound" }],
    ];
    for (const [input, errors] of cases) {
      const result = await admitPlacement(world.actors.swNdb, caseId, input);
      expect(result, JSON.stringify(input)).toEqual({ ok: false, fieldErrors: expect.objectContaining(errors) });
    }
    expect(await rows()).toEqual(before);
  });

  it("stores the type-specific fields of kinship care, supervised independent living and other shelters", async () => {
    const kinship = await admitted("swNdb", await register(), {
      type: "KINSHIP_CARE", startDate: isoDaysAgo(3), caregiverName: "Fatimata Ba", caregiverRelationship: "Tante maternelle", address: "Basra, Nouakchott", contactPhone: "+222 44 55 66 77",
    });
    expect(await db.placement.findUniqueOrThrow({ where: { id: kinship } })).toMatchObject({
      type: "KINSHIP_CARE", centreId: null, caregiverName: "Fatimata Ba", caregiverRelationship: "Tante maternelle", address: "Basra, Nouakchott", contactPhone: "+222 44 55 66 77",
    });
    const sil = await admitted("supNdb", await register(), { type: "SUPERVISED_INDEPENDENT_LIVING", startDate: isoDaysAgo(3), placeName: "Foyer des jeunes", address: "Ksar", contactPhone: "" });
    expect(await db.placement.findUniqueOrThrow({ where: { id: sil } })).toMatchObject({ placeName: "Foyer des jeunes", address: "Ksar", contactPhone: null, caregiverName: null });
    const shelter = await admitted("swNdb", await register(), { type: "OTHER_SHELTER", startDate: isoDaysAgo(3), placeName: "Abri Caritas", address: "Sebkha", caregiverName: "ignored" });
    expect(await db.placement.findUniqueOrThrow({ where: { id: shelter } })).toMatchObject({ type: "OTHER_SHELTER", placeName: "Abri Caritas", caregiverName: null });
  });

  it("refuses a second active placement and an overlap with an earlier one (and the database enforces both)", async () => {
    const caseId = await register();
    const first = await admitted("swNdb", caseId, residential({ startDate: isoDaysAgo(40) }));
    let before = await rows();
    expect(await admitPlacement(world.actors.swNdb, caseId, residential({ startDate: isoDaysAgo(10) }))).toEqual({
      ok: false,
      fieldErrors: { form: "placement.activeExists" },
    });
    expect(await rows()).toEqual(before);
    // The partial unique index, bypassing the DAL's check:
    await expect(
      db.placement.create({ data: { caseId, type: "OTHER_SHELTER", placeName: "x", startDate: new Date(today.getTime() - 5 * DAY), createdById: world.actors.swNdb.userId } }),
    ).rejects.toThrow();

    const version = (await db.placement.findUniqueOrThrow({ where: { id: first } })).version;
    expect((await dischargePlacement(world.actors.swNdb, caseId, { placementId: first, version, endDate: isoDaysAgo(20), endReason: "REUNIFIED" })).ok).toBe(true);
    before = await rows();
    expect(await admitPlacement(world.actors.swNdb, caseId, residential({ startDate: isoDaysAgo(30) }))).toEqual({
      ok: false,
      fieldErrors: { startDate: "placement.overlapsEarlier" },
    });
    expect(await rows()).toEqual(before);
    // Starting the day the last one ended does not overlap ([start, end) ranges).
    await admitted("swNdb", caseId, residential({ startDate: isoDaysAgo(20) }));
  });

  it("refuses placements on a closed case", async () => {
    const caseId = await register();
    await db.case.update({ where: { id: caseId }, data: { status: "CLOSED", closedAt: new Date() } });
    await expect(admitPlacement(world.actors.swNdb, caseId, residential())).rejects.toBeInstanceOf(InvalidStateError);
    expect(await db.placement.count({ where: { caseId } })).toBe(0);
  });
});

describe("capacity", () => {
  it("refuses a social worker at a full centre; the supervisor needs an override reason, which is stored and audited", async () => {
    const caseId = await register();
    await setCapacityLeft("NDB", 0);
    const before = await rows();
    expect(await admitPlacement(world.actors.swNdb, caseId, residential({ capacityOverrideReason: "Urgence" }))).toEqual({ ok: false, fieldErrors: { form: "placement.centreFull" } });
    expect(await admitPlacement(world.actors.supNdb, caseId, residential())).toEqual({ ok: false, fieldErrors: { capacityOverrideReason: "placement.overrideRequired" } });
    expect(await rows()).toEqual(before);
    const id = await admitted("supNdb", caseId, residential({ capacityOverrideReason: "  Nuit de grand froid, aucune autre place.  " }));
    expect((await db.placement.findUniqueOrThrow({ where: { id } })).capacityOverrideReason).toBe("Nuit de grand froid, aucune autre place.");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: id } });
    expect(audit.action).toBe("placement.admittedOverCapacity");
    expect(audit.after).toMatchObject({ capacityOverrideReason: "Nuit de grand froid, aucune autre place." });
    await db.centre.update({ where: { id: world.centres.NDB }, data: { capacity: 100 } });
  });

  it("lets exactly one of two admissions racing for the last bed succeed", async () => {
    // Several rounds: without the centre row lock, some round lets both through.
    for (let round = 0; round < 6; round++) {
      const [a, b] = [await register(), await register()];
      const occupied = await setCapacityLeft("NDB", 1);
      // Connections open beforehand, so that neither transaction waits for a connect and both overlap.
      await Promise.all([db.$queryRaw`SELECT 1`, secondClient.$queryRaw`SELECT 1`]);
      // Two Prisma clients, so the two transactions run on separate connections, truly in parallel.
      const results = await Promise.all([
        admitPlacement(world.actors.swNdb, a, residential()),
        onSecondClient(() => admitPlacement(world.actors.swNdb, b, residential())),
      ]);
      expect(results.filter((r) => r.ok), `round ${round}`).toHaveLength(1);
      expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, fieldErrors: { form: "placement.centreFull" } }]);
      expect(await db.placement.count({ where: { centreId: world.centres.NDB, endDate: null } })).toBe(occupied + 1);
    }
    await db.centre.update({ where: { id: world.centres.NDB }, data: { capacity: 100 } });
  });
});

describe("foster family placements", () => {
  it("places in an APPROVED family with a free place; refuses applied, suspended and full families", async () => {
    const approved = await family();
    const applied = await family({ vettingStatus: "APPLIED", approvedAt: null });
    const suspended = await family({ vettingStatus: "SUSPENDED", suspensionReason: "Visite : inquiétude.", suspendedAt: new Date() });
    const [c1, c2] = [await register(), await register()];
    const before = await rows();
    const foster = (id: string) => ({ type: "FOSTER_FAMILY", startDate: isoDaysAgo(2), fosterFamilyId: id });
    expect(await admitPlacement(world.actors.swNdb, c1, foster(applied.id))).toEqual({ ok: false, fieldErrors: { fosterFamilyId: "placement.familyNotApproved" } });
    expect(await admitPlacement(world.actors.swNdb, c1, foster(suspended.id))).toEqual({ ok: false, fieldErrors: { fosterFamilyId: "placement.familyNotApproved" } });
    expect(await rows()).toEqual(before);
    const id = await admitted("swNdb", c1, foster(approved.id));
    expect(await db.placement.findUniqueOrThrow({ where: { id } })).toMatchObject({ fosterFamilyId: approved.id, centreId: null });
    expect(await admitPlacement(world.actors.supNdb, c2, foster(approved.id))).toEqual({ ok: false, fieldErrors: { fosterFamilyId: "placement.familyFull" } });
  });

  it("lets an NGO caseworker place a referred child in a family of their own organisation only", async () => {
    const caseId = await register();
    const own = await family({ capacity: 2 });
    const other = await family({ organisationId: world.organisations["NGO-B"], createdById: world.actors.ngoB.userId });
    const input = (id: string) => ({ type: "FOSTER_FAMILY", startDate: isoDaysAgo(2), fosterFamilyId: id });
    // Not referred yet: out of the NGO's read scope.
    await expect(admitPlacement(world.actors.ngoA, caseId, input(own.id))).rejects.toBeInstanceOf(NotFoundError);
    await db.caseReferral.create({ data: { caseId, organisationId: world.organisations["NGO-A"], createdById: world.actors.supNdb.userId } });
    await db.caseConsentShare.create({ data: { caseId, organisationId: world.organisations["NGO-A"] } });
    expect(await admitPlacement(world.actors.ngoA, caseId, input(other.id))).toEqual({ ok: false, fieldErrors: { fosterFamilyId: "placement.familyNotFound" } });
    const id = await admitted("ngoA", caseId, input(own.id));
    expect((await db.placement.findUniqueOrThrow({ where: { id } })).createdById).toBe(world.actors.ngoA.userId);
    await expect(admitPlacement(world.actors.ngoB, caseId, input(other.id))).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("dischargePlacement", () => {
  it("ends the placement with a date and reason, carrying the version; stale versions conflict", async () => {
    const caseId = await register();
    const id = await admitted("swNdb", caseId);
    const before = await rows();
    expect(await dischargePlacement(world.actors.swNdb, caseId, { placementId: id, version: 1, endDate: isoDaysAgo(51), endReason: "REUNIFIED" })).toEqual({
      ok: false,
      fieldErrors: { endDate: "placement.endBeforeStart" },
    });
    expect(await dischargePlacement(world.actors.swNdb, caseId, { placementId: id, version: 1, endDate: isoDaysAgo(1), endReason: "TRANSFERRED" })).toMatchObject({
      ok: false,
      fieldErrors: { endReason: "required" },
    });
    await expect(dischargePlacement(world.actors.swNkn, caseId, { placementId: id, version: 1, endDate: isoDaysAgo(1), endReason: "REUNIFIED" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(dischargePlacement(world.actors.swNdb, caseId, { placementId: id, version: 7, endDate: isoDaysAgo(1), endReason: "REUNIFIED" })).rejects.toBeInstanceOf(ConflictError);
    expect(await rows()).toEqual(before);

    const result = await dischargePlacement(world.actors.swNdb, caseId, { placementId: id, version: 1, endDate: isoDaysAgo(1), endReason: "REUNIFIED", endNotes: "Retour chez la mère." });
    expect(result.ok).toBe(true);
    expect(await db.placement.findUniqueOrThrow({ where: { id } })).toMatchObject({ endReason: "REUNIFIED", endNotes: "Retour chez la mère.", endedById: world.actors.swNdb.userId, version: 2 });
    expect(await db.caseEvent.count({ where: { caseId, type: "placement.ended" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: id, action: "placement.discharged" } })).toBe(1);
    await expect(dischargePlacement(world.actors.swNdb, caseId, { placementId: id, version: 2, endDate: isoDaysAgo(1), endReason: "OTHER" })).rejects.toBeInstanceOf(InvalidStateError);
  });

  it("raises the risk to HIGH after a runaway, recomputes the due dates, and lists it as a recent runaway", async () => {
    const caseId = await register();
    await db.case.update({ where: { id: caseId }, data: { riskLevel: "LOW" } });
    const id = await admitted("swNdb", caseId);
    const dueBefore = (await db.case.findUniqueOrThrow({ where: { id: caseId } })).assessmentDueAt;
    const result = await dischargePlacement(world.actors.swNdb, caseId, { placementId: id, version: 1, endDate: isoDaysAgo(0), endReason: "RAN_AWAY" });
    expect(result.ok).toBe(true);
    const kase = await db.case.findUniqueOrThrow({ where: { id: caseId } });
    // A code, not words in the language of whoever recorded it: each reader sees it in theirs.
    expect(kase).toMatchObject({ riskLevel: "HIGH", riskReasonCode: "RAN_AWAY", riskReason: null });
    expect((await db.caseEvent.findFirstOrThrow({ where: { caseId, type: "case.riskSet" } })).data).toEqual({ riskLevel: "HIGH", reasonCode: "RAN_AWAY" });
    expect(kase.assessmentDueAt).not.toEqual(dueBefore);
    expect(await db.caseEvent.count({ where: { caseId, type: "case.riskSet" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: caseId, action: "case.riskSet" } })).toBe(1);

    const runaways = await listRecentRunaways(world.actors.supNdb);
    expect(runaways.map((r) => r.caseId)).toContain(caseId);
    expect(runaways.find((r) => r.caseId === caseId)).toMatchObject({ placedAgain: false, location: "CPISE NDB" });
    expect(await listRecentRunaways(world.actors.supNdb, { caseId })).toHaveLength(1);
    expect((await listRecentRunaways(world.actors.supNkn)).map((r) => r.caseId)).not.toContain(caseId);
    expect((await listRecentRunaways(world.actors.sw2Ndb)).map((r) => r.caseId)).not.toContain(caseId);
    expect(await listRecentRunaways(world.actors.me)).toEqual([]);
  });
});

describe("dischargePlacement: the runaway's risk", () => {
  it("leaves a case already at HIGH risk, and its reason, alone", async () => {
    const caseId = await register();
    await db.case.update({ where: { id: caseId }, data: { riskLevel: "HIGH", riskReasonCode: "OTHER", riskReason: "Signes de traite." } });
    const id = await admitted("swNdb", caseId);
    const version = (await db.case.findUniqueOrThrow({ where: { id: caseId } })).version;
    const result = await dischargePlacement(world.actors.swNdb, caseId, { placementId: id, version: 1, endDate: isoDaysAgo(0), endReason: "RAN_AWAY" });
    expect(result.ok).toBe(true);
    expect(await db.case.findUniqueOrThrow({ where: { id: caseId } })).toMatchObject({ riskLevel: "HIGH", riskReasonCode: "OTHER", riskReason: "Signes de traite.", version });
    expect(await db.caseEvent.count({ where: { caseId, type: "case.riskSet" } })).toBe(0);
  });

  it("is raised the same way when the family's NGO records the runaway", async () => {
    const caseId = await register();
    await db.caseReferral.create({ data: { caseId, organisationId: world.organisations["NGO-A"], createdById: world.actors.supNdb.userId } });
    await db.caseConsentShare.create({ data: { caseId, organisationId: world.organisations["NGO-A"] } });
    const home = await family({ householdName: "Famille Fugue", capacity: 3 });
    const id = await admitted("ngoA", caseId, { type: "FOSTER_FAMILY", startDate: isoDaysAgo(5), fosterFamilyId: home.id });
    const version = (await db.case.findUniqueOrThrow({ where: { id: caseId } })).version;
    const result = await dischargePlacement(world.actors.ngoA, caseId, { placementId: id, version: 1, endDate: isoDaysAgo(0), endReason: "RAN_AWAY" });
    expect(result.ok).toBe(true);
    expect(await db.case.findUniqueOrThrow({ where: { id: caseId } })).toMatchObject({
      riskLevel: "HIGH",
      riskReasonCode: "RAN_AWAY",
      riskReason: null,
      version: version + 1,
      lastEditedById: world.actors.ngoA.userId,
    });
    expect(await db.auditEvent.count({ where: { entityId: caseId, action: "case.riskSet", actorId: world.actors.ngoA.userId } })).toBe(1);
  });
});

describe("transferPlacement", () => {
  it("closes A, opens B linked to it and moves the case to B's caseload, in one step", async () => {
    const caseId = await register();
    const number = (await db.case.findUniqueOrThrow({ where: { id: caseId } })).caseNumber;
    const fromId = await admitted("swNdb", caseId);
    // A social worker may not transfer.
    await expect(transferPlacement(world.actors.swNdb, caseId, { placementId: fromId, version: 1, toCentreId: world.centres.NKN, date: isoDaysAgo(2) })).rejects.toBeInstanceOf(NotFoundError);
    await expect(transferPlacement(world.actors.supNkn, caseId, { placementId: fromId, version: 1, toCentreId: world.centres.NKN, date: isoDaysAgo(2) })).rejects.toBeInstanceOf(NotFoundError);
    expect(await transferPlacement(world.actors.supNdb, caseId, { placementId: fromId, version: 1, toCentreId: world.centres.NDB, date: isoDaysAgo(2) })).toEqual({ ok: false, fieldErrors: { toCentreId: "placement.sameCentre" } });

    const result = await transferPlacement(world.actors.supNdb, caseId, { placementId: fromId, version: 1, toCentreId: world.centres.NKN, date: isoDaysAgo(2), notes: "Rapprochement familial." });
    if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
    const from = await db.placement.findUniqueOrThrow({ where: { id: fromId } });
    const to = await db.placement.findUniqueOrThrow({ where: { id: result.data.placementId } });
    expect(from).toMatchObject({ endReason: "TRANSFERRED", version: 2 });
    expect(toIsoDate(from.endDate!)).toBe(isoDaysAgo(2));
    expect(to).toMatchObject({ centreId: world.centres.NKN, previousPlacementId: fromId, endDate: null, type: "CPISE_RESIDENTIAL" });
    expect(await db.case.findUniqueOrThrow({ where: { id: caseId } })).toMatchObject({ centreId: world.centres.NKN, assignedWorkerId: null, caseNumber: number });
    expect(await db.caseEvent.count({ where: { caseId, type: "placement.transferred" } })).toBe(1);

    // The receiving supervisor sees it at once; the sending worker and supervisor no longer do.
    await expect(getCase(world.actors.supNkn, caseId)).resolves.toMatchObject({ id: caseId });
    await expect(getCase(world.actors.swNdb, caseId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCase(world.actors.supNdb, caseId)).rejects.toBeInstanceOf(NotFoundError);
    const history = await listCasePlacements(world.actors.supNkn, caseId);
    expect(history.history.map((p) => [p.location, p.endReason])).toEqual([["CPISE NKN", null], ["CPISE NDB", "TRANSFERRED"]]);
    expect(history.active?.transferredFrom).toBe("CPISE NDB");
  });

  it("changes nothing when a step fails (receiving centre full without override), and overrides with a reason", async () => {
    const caseId = await register();
    const fromId = await admitted("swNdb", caseId);
    await setCapacityLeft("NKN", 0);
    const before = await rows();
    const input = { placementId: fromId, version: 1, toCentreId: world.centres.NKN, date: isoDaysAgo(1) };
    expect(await transferPlacement(world.actors.supNdb, caseId, input)).toEqual({ ok: false, fieldErrors: { capacityOverrideReason: "placement.overrideRequired" } });
    expect(await transferPlacement(world.actors.supNdb, caseId, { ...input, toCentreId: "00000000-0000-4000-8000-000000000000" })).toEqual({ ok: false, fieldErrors: { toCentreId: "placement.centreNotFound" } });
    await expect(transferPlacement(world.actors.supNdb, caseId, { ...input, version: 5 })).rejects.toBeInstanceOf(ConflictError);
    expect(await rows()).toEqual(before);
    expect((await db.placement.findUniqueOrThrow({ where: { id: fromId } })).endDate).toBeNull();

    const ok = await transferPlacement(world.actors.supNdb, caseId, { ...input, capacityOverrideReason: "Fratrie déjà à NKN." });
    if (!ok.ok) throw new Error(JSON.stringify(ok.fieldErrors));
    expect((await db.placement.findUniqueOrThrow({ where: { id: ok.data.placementId } })).capacityOverrideReason).toBe("Fratrie déjà à NKN.");
    await db.centre.update({ where: { id: world.centres.NKN }, data: { capacity: 100 } });
  });
});

describe("listCasePlacements", () => {
  it("lists every placement newest first with location, decider, end reason and days in care; 404 out of scope", async () => {
    const caseId = await register();
    const first = await admitted("swNdb", caseId, residential({ startDate: isoDaysAgo(30) }));
    await dischargePlacement(world.actors.supNdb, caseId, { placementId: first, version: 1, endDate: isoDaysAgo(10), endReason: "MOVED_OTHER_PLACEMENT" });
    await admitted("supNdb", caseId, { type: "KINSHIP_CARE", startDate: isoDaysAgo(10), caregiverName: "Oncle Ibrahima", caregiverRelationship: "Oncle", address: "Dar Naim", contactPhone: "+222 33 33 33 33" });
    const list = await listCasePlacements(world.actors.swNdb, caseId);
    expect(list.history.map((p) => ({ type: p.type, location: p.location, by: p.decidedByName, end: p.endReason, days: p.daysInCare }))).toEqual([
      { type: "KINSHIP_CARE", location: "Oncle Ibrahima", by: "supNdb", end: null, days: 10 },
      { type: "CPISE_RESIDENTIAL", location: "CPISE NDB", by: "swNdb", end: "MOVED_OTHER_PLACEMENT", days: 20 },
    ]);
    expect(list.viewer).toMatchObject({ canManage: true, canOverride: false, canTransfer: false });
    expect((await listCasePlacements(world.actors.supNdb, caseId)).viewer).toMatchObject({ canManage: true, canOverride: true, canTransfer: true });
    expect((await listCasePlacements(world.actors.national, caseId)).viewer).toMatchObject({ canManage: false, canTransfer: false });
    for (const key of ["swNkn", "sw2Ndb", "supNkn", "ngoB", "me", "admin"] as const) {
      await expect(listCasePlacements(world.actors[key], caseId), key).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});

describe("listCasePlacements: the foster families offered", () => {
  it("offers approved families with a free place: every NGO's to the worker, the NGO's own to the NGO, none to who cannot place", async () => {
    const caseId = await register();
    await db.caseReferral.create({ data: { caseId, organisationId: world.organisations["NGO-A"], createdById: world.actors.supNdb.userId } });
    await db.caseConsentShare.create({ data: { caseId, organisationId: world.organisations["NGO-A"] } });
    const free = await family({ householdName: "Choix Libre", capacity: 2 });
    const full = await family({ householdName: "Choix Pleine", capacity: 1 });
    await admitted("swNdb", await register(), { type: "FOSTER_FAMILY", startDate: isoDaysAgo(5), fosterFamilyId: full.id });
    await family({ householdName: "Choix Candidate", vettingStatus: "APPLIED", approvedAt: null });
    const other = await family({ householdName: "Choix Autre ONG", organisationId: world.organisations["NGO-B"], createdById: world.actors.ngoB.userId });

    const offered = async (key: UserKey) =>
      (await listCasePlacements(world.actors[key], caseId)).fosterFamilies.filter((f) => f.householdName.startsWith("Choix"));
    expect(await offered("swNdb")).toEqual([
      { id: other.id, householdName: "Choix Autre ONG", location: "Tevragh Zeina", capacity: 1, occupied: 0 },
      { id: free.id, householdName: "Choix Libre", location: "Tevragh Zeina", capacity: 2, occupied: 0 },
    ]);
    expect((await offered("ngoA")).map((f) => f.householdName)).toEqual(["Choix Libre"]);
    expect(await offered("national")).toEqual([]);
    await expect(listCasePlacements(world.actors.sw2Ndb, caseId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listCasePlacements(world.actors.ngoB, caseId)).rejects.toBeInstanceOf(NotFoundError);
  });
});
