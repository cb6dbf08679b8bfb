import { beforeAll, describe, expect, it } from "vitest";
import { listAssignableWorkers, listCentreWorkers } from "@/lib/cases/list-centre-workers";
import { reassignCase } from "@/lib/cases/reassign-case";
import { reassignCases } from "@/lib/cases/reassign-cases";
import { registerChild } from "@/lib/cases/register-child";
import { db } from "@/lib/db";
import { InvalidStateError, NotFoundError } from "@/lib/errors";
import { createWorld, validChild, type UserKey, type World } from "./fixtures";

let world: World;

async function register(key: UserKey = "swNdb") {
  const result = await registerChild(world.actors[key], validChild());
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return result.data.caseId;
}

async function selection(ids: string[]) {
  const rows = await db.case.findMany({ where: { id: { in: ids } }, select: { id: true, version: true } });
  return ids.map((id) => rows.find((row) => row.id === id)!);
}

/** Every trace a reassignment leaves, to prove a refused request wrote nothing. */
async function snapshot(ids: string[]) {
  const [cases, events, audits] = await Promise.all([
    db.case.findMany({ where: { id: { in: ids } }, select: { id: true, assignedWorkerId: true, version: true }, orderBy: { id: "asc" } }),
    db.caseEvent.count({ where: { caseId: { in: ids } } }),
    db.auditEvent.count(),
  ]);
  return { cases, events, audits };
}

const reason = "Départ en congé de l'assistante";

beforeAll(async () => {
  world = await createWorld();
});

describe("reassignCases", () => {
  it("moves every selected case in one go, with a timeline entry and an audit event per case carrying the reason", async () => {
    const ids = [await register("swNdb"), await register("swNdb"), await register("supNdb")];
    const cases = await selection(ids);
    const audits = await db.auditEvent.count();

    const result = await reassignCases(world.actors.supNdb, { workerId: world.actors.sw2Ndb.userId, reason, cases });
    expect(result).toEqual({ ok: true, data: { moved: 3, unchanged: 0, toName: "sw2Ndb" } });

    const after = await snapshot(ids);
    for (const row of after.cases) {
      expect(row.assignedWorkerId).toBe(world.actors.sw2Ndb.userId);
      expect(row.version).toBe(cases.find((c) => c.id === row.id)!.version + 1);
    }
    expect(await db.auditEvent.count()).toBe(audits + 3);
    const auditRows = await db.auditEvent.findMany({ where: { action: "case.reassigned", entityId: { in: ids } } });
    expect(auditRows).toHaveLength(3);
    for (const audit of auditRows) {
      expect(audit).toMatchObject({ actorId: world.actors.supNdb.userId, entityType: "Case", after: { assignedWorkerId: world.actors.sw2Ndb.userId, reason } });
    }
    const events = await db.caseEvent.findMany({ where: { caseId: { in: ids }, type: "case.reassigned" }, orderBy: { caseId: "asc" } });
    expect(events.map((e) => e.data).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual([
      { fromName: "swNdb", toName: "sw2Ndb", reason },
      { fromName: "swNdb", toName: "sw2Ndb", reason },
      { fromName: null, toName: "sw2Ndb", reason },
    ]);

    // Selected again: nothing to move, nothing written.
    const settled = await snapshot(ids);
    const again = await reassignCases(world.actors.supNdb, { workerId: world.actors.sw2Ndb.userId, reason, cases: await selection(ids) });
    expect(again).toEqual({ ok: true, data: { moved: 0, unchanged: 3, toName: "sw2Ndb" } });
    expect(await snapshot(ids)).toEqual(settled);
  });

  it("refuses the whole request as not found when any case is out of the actor's edit scope, writing nothing", async () => {
    const mine = await register("swNdb");
    const other = await register("swNkn");
    const before = await snapshot([mine, other]);
    const cases = await selection([mine, other]);
    await expect(reassignCases(world.actors.supNdb, { workerId: world.actors.sw2Ndb.userId, reason, cases })).rejects.toThrow(NotFoundError);
    const unknown = [...(await selection([mine])), { id: "00000000-0000-4000-8000-000000000000", version: 1 }];
    await expect(reassignCases(world.actors.supNdb, { workerId: world.actors.sw2Ndb.userId, reason, cases: unknown })).rejects.toThrow(
      NotFoundError,
    );
    for (const key of ["swNdb", "national", "admin", "ngoA"] as const) {
      await expect(reassignCases(world.actors[key], { workerId: world.actors.sw2Ndb.userId, reason, cases: await selection([mine]) }), key).rejects.toThrow(
        NotFoundError,
      );
    }
    expect(await snapshot([mine, other])).toEqual(before);
  });

  it("refuses a selection where a case changed since the list was shown, writing nothing", async () => {
    const ids = [await register("swNdb"), await register("swNdb")];
    const shown = await selection(ids);
    // Someone else reassigns one of them after the list was shown.
    expect((await reassignCase(world.actors.supNdb, ids[1], { workerId: world.actors.sw2Ndb.userId, reason: "x", version: shown[1].version })).ok).toBe(true);
    const before = await snapshot(ids);
    expect(await reassignCases(world.actors.supNdb, { workerId: world.actors.sw2Ndb.userId, reason, cases: shown })).toEqual({
      ok: false,
      fieldErrors: { cases: "casesChanged" },
    });
    expect(await snapshot(ids)).toEqual(before);
  });

  it("refuses a worker who is not an active social worker of every case's centre, and a closed case", async () => {
    const ids = [await register("swNdb"), await register("swNdb")];
    const before = await snapshot(ids);
    for (const workerId of [world.actors.swNkn.userId, world.actors.supNdb.userId, "not-a-uuid"]) {
      expect(await reassignCases(world.actors.supNdb, { workerId, reason, cases: await selection(ids) }), workerId).toEqual({
        ok: false,
        fieldErrors: { workerId: "workerNotInAllCentres" },
      });
    }
    expect(await snapshot(ids)).toEqual(before);

    await db.case.update({ where: { id: ids[0] }, data: { status: "CLOSED", closedAt: new Date() } });
    const closed = await snapshot(ids);
    await expect(reassignCases(world.actors.supNdb, { workerId: world.actors.sw2Ndb.userId, reason, cases: await selection(ids) })).rejects.toThrow(
      InvalidStateError,
    );
    expect(await snapshot(ids)).toEqual(closed);
  });

  it("requires a reason and at most 100 cases, checked before anything is read", async () => {
    const id = await register("swNdb");
    const before = await snapshot([id]);
    const one = await selection([id]);
    expect(await reassignCases(world.actors.supNdb, { workerId: world.actors.sw2Ndb.userId, reason: "   ", cases: one })).toEqual({
      ok: false,
      fieldErrors: { reason: "required" },
    });
    expect(await reassignCases(world.actors.supNdb, { workerId: world.actors.sw2Ndb.userId, reason, cases: [] })).toEqual({
      ok: false,
      fieldErrors: { cases: "atLeastOne" },
    });
    const tooMany = Array.from({ length: 101 }, (_, i) => ({ id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`, version: 1 }));
    expect(await reassignCases(world.actors.supNdb, { workerId: world.actors.sw2Ndb.userId, reason, cases: tooMany })).toEqual({
      ok: false,
      fieldErrors: { cases: "tooMany" },
    });
    expect(await snapshot([id])).toEqual(before);
  });
});

describe("workers with their open caseload counts", () => {
  it("counts each worker's open cases (closed ones left out), for the single and the bulk form", async () => {
    const open = async (userId: string) =>
      db.case.count({ where: { assignedWorkerId: userId, status: { notIn: ["CLOSED", "DUPLICATE", "TRANSFERRED"] } } });
    const caseId = await register("swNdb");
    const closed = await register("swNdb");
    await db.case.update({ where: { id: closed }, data: { status: "CLOSED", closedAt: new Date() } });
    const swOpen = await open(world.actors.swNdb.userId);
    const sw2Open = await open(world.actors.sw2Ndb.userId);
    expect(swOpen).toBeGreaterThan(0);

    const expected = [
      { id: world.actors.sw2Ndb.userId, name: "sw2Ndb", openCases: sw2Open },
      { id: world.actors.swNdb.userId, name: "swNdb", openCases: swOpen },
    ];
    expect(await listCentreWorkers(world.actors.supNdb, caseId)).toEqual(expected);
    expect(await listAssignableWorkers(world.actors.supNdb)).toEqual(expected);

    // A reassignment moves one from one count to the other.
    const { version } = await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { version: true } });
    await reassignCase(world.actors.supNdb, caseId, { workerId: world.actors.sw2Ndb.userId, reason, version });
    expect(await listAssignableWorkers(world.actors.supNdb)).toEqual([
      { ...expected[0], openCases: sw2Open + 1 },
      { ...expected[1], openCases: swOpen - 1 },
    ]);
    for (const key of ["swNdb", "national", "admin"] as const) {
      await expect(listAssignableWorkers(world.actors[key]), key).rejects.toThrow(NotFoundError);
    }
  });
});
