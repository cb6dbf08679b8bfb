import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getCase } from "@/lib/cases/get-case";
import { listCases } from "@/lib/cases/list-cases";
import { registerChild } from "@/lib/cases/register-child";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { createWorld, validChild, type UserKey, type World } from "./fixtures";

let world: World;
const ids: Record<"c1" | "c2" | "c3" | "c4" | "c5", string> = { c1: "", c2: "", c3: "", c4: "", c5: "" };

async function register(key: UserKey, firstName: string) {
  const result = await registerChild(world.actors[key], validChild({ firstName }));
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return result.data.caseId;
}

beforeAll(async () => {
  world = await createWorld();
  ids.c1 = await register("swNdb", "Awa"); // NDB, assigned to swNdb
  ids.c2 = await register("sw2Ndb", "Binta"); // NDB, assigned to sw2Ndb, referred to NGO-A with consent
  ids.c3 = await register("supNdb", "Coumba"); // NDB, registered by the supervisor, then assigned to swNdb
  ids.c4 = await register("swNkn", "Demba"); // NKN, referred to NGO-A *without* consent
  ids.c5 = await register("sw2Ndb", "Eli"); // NDB, referred for BID
  await db.case.update({ where: { id: ids.c3 }, data: { assignedWorkerId: world.actors.swNdb.userId } });
  await db.case.update({ where: { id: ids.c5 }, data: { status: "BID_PENDING" } });
  const bia = await db.assessment.create({
    data: { caseId: ids.c5, authorId: world.actors.sw2Ndb.userId, status: "APPROVED", bidRequired: true, decidedById: world.actors.supNdb.userId, decidedAt: new Date() },
  });
  await db.bidReferral.create({ data: { caseId: ids.c5, assessmentId: bia.id, reason: "Durable solution", referredById: world.actors.sw2Ndb.userId } });
  await db.caseReferral.createMany({
    data: [
      { caseId: ids.c2, organisationId: world.organisations["NGO-A"], createdById: world.actors.supNdb.userId },
      { caseId: ids.c4, organisationId: world.organisations["NGO-A"], createdById: world.actors.supNkn.userId },
    ],
  });
  // Consent to share with NGO-A only for c2; for c4, consent to share with NGO-B, which has no referral.
  await db.caseConsentShare.createMany({
    data: [
      { caseId: ids.c2, organisationId: world.organisations["NGO-A"] },
      { caseId: ids.c4, organisationId: world.organisations["NGO-B"] },
    ],
  });
});

// Who sees what: own / centre / all / referred / none.
const EXPECTED: Record<UserKey, (keyof typeof ids)[] | "no access"> = {
  swNdb: ["c1", "c3"],
  sw2Ndb: ["c2", "c5"],
  swNkn: ["c4"],
  supNdb: ["c1", "c2", "c3", "c5"],
  supNkn: ["c4"],
  national: ["c1", "c2", "c3", "c4", "c5"],
  bid: ["c5"],
  ngoA: ["c2"],
  ngoB: [],
  panel: "no access",
  panel2: "no access",
  panel3: "no access",
  panel4: "no access",
  me: "no access",
  admin: "no access",
};

describe("case scope", () => {
  it.each(Object.entries(EXPECTED) as [UserKey, (keyof typeof ids)[] | "no access"][])(
    "listCases for %s shows exactly its cases",
    async (key, expected) => {
      if (expected === "no access") {
        await expect(listCases(world.actors[key])).rejects.toBeInstanceOf(NotFoundError);
        return;
      }
      const page = await listCases(world.actors[key]);
      expect(page.items.map((item) => item.id).sort()).toEqual(expected.map((c) => ids[c]).sort());
      expect(page.total).toBe(expected.length);
    },
  );

  it.each(Object.keys(EXPECTED) as UserKey[])("getCase for %s: in scope → the case and one access-log row; otherwise not found and no row", async (key) => {
    const visible = EXPECTED[key] === "no access" ? [] : (EXPECTED[key] as string[]);
    for (const [name, id] of Object.entries(ids)) {
      const before = await db.caseAccessLog.count({ where: { caseId: id, userId: world.actors[key].userId } });
      if (visible.includes(name)) {
        const found = await getCase(world.actors[key], id);
        expect(found.id).toBe(id);
        expect(await db.caseAccessLog.count({ where: { caseId: id, userId: world.actors[key].userId } })).toBe(before + 1);
      } else {
        await expect(getCase(world.actors[key], id)).rejects.toBeInstanceOf(NotFoundError);
        expect(await db.caseAccessLog.count({ where: { caseId: id, userId: world.actors[key].userId } })).toBe(before);
      }
    }
  });

  it("an id that does not exist, or is not an id, is not found — like an out-of-scope case", async () => {
    await expect(getCase(world.actors.national, randomUUID())).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCase(world.actors.national, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("returns the case's details for an actor in scope", async () => {
    const found = await getCase(world.actors.supNdb, ids.c1);
    expect(found).toMatchObject({
      firstName: "Awa",
      lastName: "Diallo",
      centreCode: "NDB",
      centreName: "CPISE NDB",
      assignedWorkerName: "swNdb",
      registeredByName: "swNdb",
      languages: ["ff", "fr"],
      status: "REGISTERED",
    });
  });

  it("paginates 25 at a time, newest first", async () => {
    for (let i = 0; i < 26; i++) await register("swNkn", `Page${String.fromCharCode(65 + (i % 26))}`);
    const first = await listCases(world.actors.supNkn, { page: 1 });
    const second = await listCases(world.actors.supNkn, { page: 2 });
    expect(first.total).toBe(27);
    expect(first.pageCount).toBe(2);
    expect(first.items).toHaveLength(25);
    expect(second.items).toHaveLength(2);
    expect(second.items.map((i) => i.id)).toContain(ids.c4);
    const all = [...first.items, ...second.items].map((i) => i.id);
    expect(new Set(all).size).toBe(27);
  });

  it("a deactivated user's actor is gone", async () => {
    const { loadActor } = await import("@/lib/auth/load-actor");
    await db.user.update({ where: { id: world.actors.ngoB.userId }, data: { active: false } });
    expect(await loadActor(world.actors.ngoB.userId)).toBeNull();
  });
});
