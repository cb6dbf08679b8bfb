// The demo foster families: statuses, visits, an overdue visit, idempotent on a second run.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed";
import { DEMO_FOSTER_FAMILIES } from "@/prisma/seed-foster";
import { DEMO_TODAY } from "@/prisma/seed-time";

const families = () =>
  db.fosterFamily.findMany({
    select: { id: true, householdName: true, vettingStatus: true, updatedAt: true, version: true, nextVisitDueAt: true, organisation: { select: { code: true } }, _count: { select: { visits: true } } },
    orderBy: { householdName: "asc" },
  });

let first: Awaited<ReturnType<typeof families>>;

beforeAll(async () => {
  await seed(db);
  first = await families();
  await seed(db);
}, 180_000);

describe("seedFosterFamilies", () => {
  it("creates six households for NGO-SAHEL and NGO-AVENIR in every vetting status, and nothing more on a second run", async () => {
    expect(first).toHaveLength(DEMO_FOSTER_FAMILIES.length);
    expect(new Set(first.map((f) => f.organisation.code))).toEqual(new Set(["NGO-SAHEL", "NGO-AVENIR"]));
    expect(new Set(first.map((f) => f.vettingStatus))).toEqual(new Set(["APPLIED", "ASSESSED", "APPROVED", "SUSPENDED"]));
    expect(await families()).toEqual(first);
    expect(await db.fosterFamilyVisit.count()).toBe(first.reduce((sum, f) => sum + f._count.visits, 0));
  });

  it("has a suspended family whose concern visit suspended it, and an approved family with an overdue visit", async () => {
    const suspended = await db.fosterFamily.findFirstOrThrow({ where: { householdName: "Famille Mint Sidi" }, include: { visits: true } });
    expect(suspended.vettingStatus).toBe("SUSPENDED");
    expect(suspended.visits.some((v) => v.suspendedFamily && v.concerns)).toBe(true);
    const overdue = first.filter((f) => f.vettingStatus === "APPROVED" && f.nextVisitDueAt && f.nextVisitDueAt.getTime() < DEMO_TODAY);
    expect(overdue.map((f) => f.householdName)).toEqual(["Famille Ould Mohamed"]);
  });
});
