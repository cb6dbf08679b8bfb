import { beforeAll, describe, expect, it } from "vitest";
import { getCase } from "@/lib/cases/get-case";
import { registerChild } from "@/lib/cases/register-child";
import { db } from "@/lib/db";
import { createWorld, validChild, type World } from "./fixtures";

let world: World;
beforeAll(async () => {
  world = await createWorld();
  const result = await registerChild(world.actors.swNdb, validChild());
  if (!result.ok) throw new Error("registration failed");
  await getCase(world.actors.swNdb, result.data.caseId);
});

describe("append-only tables", () => {
  // Registering the child wrote one row in each: the audit event, the case view and the timeline entry.
  it.each(["AuditEvent", "CaseAccessLog", "CaseEvent"])("%s rejects UPDATE, DELETE and TRUNCATE at the database level", async (table) => {
    const before = await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${table}"`);
    expect(Number(before[0].n)).toBeGreaterThan(0);
    const column = { AuditEvent: `"action" = 'tampered'`, CaseAccessLog: `"at" = now()`, CaseEvent: `"type" = 'tampered'` }[table];
    await expect(db.$executeRawUnsafe(`UPDATE "${table}" SET ${column}`)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "${table}"`)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "${table}" CASCADE`)).rejects.toThrow(/append-only/);
    const after = await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${table}"`);
    expect(after[0].n).toBe(before[0].n);
  });

  it("accepts new rows", async () => {
    const before = await db.auditEvent.count();
    await db.auditEvent.create({ data: { action: "test.appended", entityType: "Test" } });
    expect(await db.auditEvent.count()).toBe(before + 1);
  });
});

describe("database constraints", () => {
  it("refuses a case whose date of birth is after its arrival, whatever the application does", async () => {
    const base = await db.case.findFirstOrThrow();
    await expect(
      db.case.create({
        data: {
          ...base,
          id: undefined,
          caseNumber: "NDB-2026-9999",
          caseSequence: 9999,
          dateOfBirth: new Date("2026-10-03"),
          arrivalDate: new Date("2026-10-02"),
        },
      }),
    ).rejects.toThrow(/Case_dob_not_after_arrival/);
  });

  it("refuses a malformed case number and a duplicate sequence", async () => {
    const base = await db.case.findFirstOrThrow();
    await expect(
      db.case.create({ data: { ...base, id: undefined, caseNumber: "ndb-26-1", caseSequence: 9998 } }),
    ).rejects.toThrow(/Case_number_format/);
    await expect(
      db.case.create({ data: { ...base, id: undefined, caseNumber: "NDB-2026-9997" } }),
    ).rejects.toThrow();
  });
});
