import { beforeAll, describe, expect, it } from "vitest";
import { registerChild } from "@/lib/cases/register-child";
import { CASE_NUMBER_PATTERN } from "@/lib/cases/case-number";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { counts, createWorld, validChild, type World } from "./fixtures";

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

describe("registerChild", () => {
  it("registers a child in the worker's centre, assigned to them, with a readable case number and one audit event", async () => {
    const before = await counts();
    const result = await registerChild(world.actors.swNdb, validChild({ lastName: "محمد" }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;

    const year = new Date().getUTCFullYear();
    expect(result.data.caseNumber).toMatch(CASE_NUMBER_PATTERN);
    expect(result.data.caseNumber.startsWith(`NDB-${year}-`)).toBe(true);

    const row = await db.case.findUniqueOrThrow({ where: { id: result.data.caseId } });
    expect(row).toMatchObject({
      centreId: world.centres.NDB,
      status: "REGISTERED",
      assignedWorkerId: world.actors.swNdb.userId,
      registeredById: world.actors.swNdb.userId,
      lastName: "محمد",
      nationality: "GN",
      version: 1,
    });

    const after = await counts();
    expect(after.cases).toBe(before.cases + 1);
    expect(after.auditEvents).toBe(before.auditEvents + 1);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: result.data.caseId } });
    expect(audit).toMatchObject({ actorId: world.actors.swNdb.userId, action: "case.registered", entityType: "Case" });
    expect(audit.after).toMatchObject({ caseNumber: result.data.caseNumber, firstName: "Mamadou", dateOfBirth: "2012-03-14" });
  });

  it("numbers cases per centre and year, in sequence", async () => {
    const a = await registerChild(world.actors.sw2Ndb, validChild());
    const b = await registerChild(world.actors.supNdb, validChild());
    const c = await registerChild(world.actors.swNkn, validChild());
    if (!a.ok || !b.ok || !c.ok) throw new Error("registration failed");
    const seq = (n: string) => Number(n.split("-")[2]);
    expect(seq(b.data.caseNumber)).toBe(seq(a.data.caseNumber) + 1);
    expect(c.data.caseNumber).toMatch(/^NKN-\d{4}-0001$/);
  });

  it("a supervisor's registration is left unassigned for them to assign", async () => {
    const result = await registerChild(world.actors.supNdb, validChild());
    if (!result.ok) throw new Error("registration failed");
    const row = await db.case.findUniqueOrThrow({ where: { id: result.data.caseId } });
    expect(row.assignedWorkerId).toBeNull();
  });

  it("gives concurrent registrations distinct consecutive numbers", async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => registerChild(world.actors.swNkn, validChild())));
    const numbers = results.map((r) => (r.ok ? r.data.caseNumber : "failed"));
    expect(new Set(numbers).size).toBe(8);
    const sequences = numbers.map((n) => Number(n.split("-")[2])).sort((x, y) => x - y);
    expect(sequences[7] - sequences[0]).toBe(7);
  });

  it("writes nothing on invalid input and returns the field errors", async () => {
    const before = await counts();
    const result = await registerChild(
      world.actors.swNdb,
      validChild({ firstName: "", dateOfBirth: "2099-01-01", nationality: "ZZ" }),
    );
    expect(result).toEqual({
      ok: false,
      fieldErrors: { firstName: "required", dateOfBirth: "dateInFuture", nationality: "unknownNationality" },
    });
    expect(await counts()).toEqual(before);
  });

  it("refuses an age over 17 and writes nothing", async () => {
    const before = await counts();
    const result = await registerChild(world.actors.swNdb, validChild({ dobKnown: "estimated", estimatedAge: "19" }));
    expect(result).toEqual({ ok: false, fieldErrors: { estimatedAge: "ageOver17" } });
    expect(await counts()).toEqual(before);
  });

  it("refuses a centre that is not the worker's own, and writes nothing", async () => {
    const before = await counts();
    const result = await registerChild(world.actors.swNdb, validChild({ centreId: world.centres.NKN }));
    expect(result).toEqual({ ok: false, fieldErrors: { centreId: "required" } });
    expect(await counts()).toEqual(before);
  });

  it.each(["national", "bid", "panel", "ngoA", "me", "admin"] as const)(
    "is not available to the %s role (not found, nothing written)",
    async (key) => {
      const before = await counts();
      await expect(registerChild(world.actors[key], validChild())).rejects.toBeInstanceOf(NotFoundError);
      expect(await counts()).toEqual(before);
    },
  );
});
