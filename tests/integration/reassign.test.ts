import { beforeAll, describe, expect, it } from "vitest";
import { findCaseForWrite } from "@/lib/cases/case-write";
import { getCase } from "@/lib/cases/get-case";
import { listCases } from "@/lib/cases/list-cases";
import { listCentreWorkers } from "@/lib/cases/list-centre-workers";
import { reassignCase } from "@/lib/cases/reassign-case";
import { registerChild } from "@/lib/cases/register-child";
import { toIsoDate, todayUtc } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { ConflictError, InvalidStateError, NotFoundError } from "@/lib/errors";
import { addCaseNote } from "@/lib/notes/add-case-note";
import { createWorld, validChild, type UserKey, type World } from "./fixtures";

let world: World;
let inactiveWorkerId: string;

async function register(key: UserKey = "swNdb") {
  const result = await registerChild(world.actors[key], validChild());
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return result.data.caseId;
}

async function snapshot(caseId: string) {
  const [kase, events, audits] = await Promise.all([
    db.case.findUniqueOrThrow({ where: { id: caseId }, select: { assignedWorkerId: true, version: true, lastEditedById: true } }),
    db.caseEvent.count({ where: { caseId } }),
    db.auditEvent.count(),
  ]);
  return { ...kase, events, audits };
}

const note = { type: "NOTE", date: toIsoDate(todayUtc()), summary: "Entretien.", nextVisitDate: "" };

beforeAll(async () => {
  world = await createWorld();
  const inactive = await db.user.create({
    data: {
      email: "inactive@test.example",
      name: "Inactive worker",
      role: "SOCIAL_WORKER",
      organisationId: world.organisations.MASEF,
      passwordHash: "x",
      active: false,
      centres: { create: { centreId: world.centres.NDB } },
    },
  });
  inactiveWorkerId = inactive.id;
});

describe("reassignCase", () => {
  it("moves the case to another worker of the centre: their caseload, their edits; the previous worker only reads it", async () => {
    const caseId = await register("swNdb");
    const before = await snapshot(caseId);
    const result = await reassignCase(world.actors.supNdb, caseId, { workerId: world.actors.sw2Ndb.userId, reason: "Charge de travail", version: before.version });
    expect(result).toEqual({ ok: true, data: { version: before.version + 1, toName: "sw2Ndb" } });

    const after = await snapshot(caseId);
    expect(after).toMatchObject({
      assignedWorkerId: world.actors.sw2Ndb.userId,
      version: before.version + 1,
      lastEditedById: world.actors.supNdb.userId,
      events: before.events + 1,
      audits: before.audits + 1,
    });
    const event = await db.caseEvent.findFirstOrThrow({ where: { caseId, type: "case.reassigned" } });
    expect(event).toMatchObject({ actorId: world.actors.supNdb.userId, data: { fromName: "swNdb", toName: "sw2Ndb", reason: "Charge de travail" } });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "case.reassigned", entityId: caseId } });
    expect(audit).toMatchObject({
      actorId: world.actors.supNdb.userId,
      entityType: "Case",
      before: { assignedWorkerId: world.actors.swNdb.userId },
      after: { assignedWorkerId: world.actors.sw2Ndb.userId, reason: "Charge de travail" },
    });

    // The new worker: in their caseload, and they can write on it.
    const caseload = await listCases(world.actors.sw2Ndb);
    expect(caseload.items.map((c) => c.id)).toContain(caseId);
    expect((await addCaseNote(world.actors.sw2Ndb, caseId, note)).ok).toBe(true);
    expect((await getCase(world.actors.sw2Ndb, caseId)).viewer).toMatchObject({ canEdit: true, canNote: true });

    // The previous worker registered it: they still read it, but can no longer change it.
    const old = await getCase(world.actors.swNdb, caseId);
    expect(old.viewer).toMatchObject({ canEdit: false, canNote: false });
    await expect(
      db.$transaction((tx) => findCaseForWrite(tx, world.actors.swNdb, caseId, { permission: "case:edit" })),
    ).rejects.toThrow(NotFoundError);
    await expect(addCaseNote(world.actors.swNdb, caseId, note)).rejects.toThrow(NotFoundError);
  });

  it("assigns a supervisor-registered (unassigned) case, recorded as a first assignment", async () => {
    const caseId = await register("supNdb");
    const { version } = await snapshot(caseId);
    expect((await reassignCase(world.actors.supNdb, caseId, { workerId: world.actors.swNdb.userId, reason: "Première assignation", version })).ok).toBe(true);
    const event = await db.caseEvent.findFirstOrThrow({ where: { caseId, type: "case.reassigned" } });
    expect(event.data).toEqual({ fromName: null, toName: "swNdb", reason: "Première assignation" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "case.reassigned", entityId: caseId } });
    expect(audit.before).toEqual({ assignedWorkerId: null });
  });

  it("refuses a target who is not an active social worker of the case's centre, and writes nothing", async () => {
    const caseId = await register("swNdb");
    const before = await snapshot(caseId);
    for (const workerId of [
      world.actors.swNkn.userId, // another centre
      world.actors.supNdb.userId, // not a social worker
      world.actors.ngoA.userId,
      inactiveWorkerId,
      "00000000-0000-4000-8000-000000000000",
      "not-a-uuid",
    ]) {
      expect(await reassignCase(world.actors.supNdb, caseId, { workerId, reason: "x", version: before.version }), workerId).toEqual({
        ok: false,
        fieldErrors: { workerId: "workerNotInCentre" },
      });
    }
    expect(await reassignCase(world.actors.supNdb, caseId, { workerId: world.actors.swNdb.userId, reason: "x", version: before.version })).toEqual({
      ok: false,
      fieldErrors: { workerId: "alreadyAssigned" },
    });
    expect(await reassignCase(world.actors.supNdb, caseId, { workerId: "", reason: "  ", version: "x" })).toEqual({
      ok: false,
      fieldErrors: { workerId: "required", reason: "required", version: "invalid" },
    });
    expect(await snapshot(caseId)).toEqual(before);
  });

  it("refuses a stale version with a conflict naming who changed the case, and writes nothing", async () => {
    const caseId = await register("swNdb");
    const { version: read } = await snapshot(caseId);
    // Another supervisor's change lands first.
    await reassignCase(world.actors.supNdb, caseId, { workerId: world.actors.sw2Ndb.userId, reason: "x", version: read });
    const before = await snapshot(caseId);

    const attempt = reassignCase(world.actors.supNdb, caseId, { workerId: world.actors.swNdb.userId, reason: "x", version: read });
    await expect(attempt).rejects.toThrow(ConflictError);
    await expect(attempt).rejects.toMatchObject({ changedByName: "supNdb" });
    // Even when the stale form asks for what is now the case's worker, or for someone invalid.
    for (const workerId of [world.actors.sw2Ndb.userId, world.actors.swNkn.userId]) {
      await expect(reassignCase(world.actors.supNdb, caseId, { workerId, reason: "x", version: read })).rejects.toThrow(ConflictError);
    }
    expect(await snapshot(caseId)).toEqual(before);
  });

  it("is a 404 for anyone who may not assign this case, and refuses a closed case", async () => {
    const caseId = await register("swNdb");
    const before = await snapshot(caseId);
    const input = { workerId: world.actors.sw2Ndb.userId, reason: "x", version: before.version };
    for (const key of ["swNdb", "sw2Ndb", "supNkn", "national", "ngoA", "bid", "admin"] as const) {
      await expect(reassignCase(world.actors[key], caseId, input), key).rejects.toThrow(NotFoundError);
    }
    expect(await snapshot(caseId)).toEqual(before);

    await db.case.update({ where: { id: caseId }, data: { status: "CLOSED", closedAt: new Date() } });
    await expect(reassignCase(world.actors.supNdb, caseId, input)).rejects.toThrow(InvalidStateError);
  });
});

describe("listCentreWorkers", () => {
  it("lists the active social workers of the case's centre, for its supervisor only", async () => {
    const caseId = await register("swNdb");
    expect(await listCentreWorkers(world.actors.supNdb, caseId)).toEqual([
      { id: world.actors.sw2Ndb.userId, name: "sw2Ndb", openCases: expect.any(Number) },
      { id: world.actors.swNdb.userId, name: "swNdb", openCases: expect.any(Number) },
    ]);
    for (const key of ["swNdb", "supNkn", "national", "admin"] as const) {
      await expect(listCentreWorkers(world.actors[key], caseId), key).rejects.toThrow(NotFoundError);
    }
    await expect(listCentreWorkers(world.actors.supNdb, "nope")).rejects.toThrow(NotFoundError);
  });
});
