// The demo placements: realistic histories that respect the database's rules, one centre one bed
// short of full, and nothing new on a second run.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { CENTRES } from "@/prisma/demo-data";
import { seed } from "@/prisma/seed";

let firstRun: { placements: number; updated: Date[] };

beforeAll(async () => {
  await seed(db, { demo: true });
  const placements = await db.placement.findMany({ select: { updatedAt: true }, orderBy: { id: "asc" } });
  firstRun = { placements: placements.length, updated: placements.map((p) => p.updatedAt) };
  await seed(db, { demo: true });
});

describe("seedPlacements", () => {
  it("places most open cases in their centre, with past placements for closed cases", async () => {
    const open = await db.case.count({ where: { status: { notIn: ["CLOSED", "TRANSFERRED", "DUPLICATE"] } } });
    const active = await db.placement.count({ where: { endDate: null } });
    expect(active).toBeGreaterThan(open * 0.8);
    expect(active).toBeLessThan(open);
    const closedWithActive = await db.placement.count({ where: { endDate: null, case: { status: "CLOSED" } } });
    expect(closedWithActive).toBe(0);
    expect(await db.placement.count({ where: { endReason: "REUNIFIED" } })).toBeGreaterThan(0);
    // Residential placements of open cases are in the case's centre, except the transfer's first leg.
    const elsewhere = await db.placement.findMany({ where: { endDate: null, type: "CPISE_RESIDENTIAL" }, select: { centreId: true, case: { select: { centreId: true } } } });
    expect(elsewhere.filter((p) => p.centreId !== p.case.centreId)).toEqual([]);
  });

  it("has one runaway on a HIGH-risk case, one linked transfer and two kinship placements", async () => {
    const runaways = await db.placement.findMany({ where: { endReason: "RAN_AWAY" }, select: { case: { select: { riskLevel: true, placements: { where: { endDate: null } } } } } });
    expect(runaways).toHaveLength(1);
    expect(runaways[0].case).toMatchObject({ riskLevel: "HIGH", placements: [] });
    const transferred = await db.placement.findMany({ where: { endReason: "TRANSFERRED" }, include: { nextPlacement: true } });
    expect(transferred).toHaveLength(1);
    expect(transferred[0].nextPlacement).toMatchObject({ startDate: transferred[0].endDate, endDate: null });
    const kinship = await db.placement.findMany({ where: { type: "KINSHIP_CARE" } });
    expect(kinship).toHaveLength(2);
    for (const k of kinship) expect(k).toMatchObject({ endDate: null, caregiverName: expect.any(String), contactPhone: expect.any(String) });
    const foster = await db.placement.findMany({ where: { type: "FOSTER_FAMILY" }, select: { endDate: true, fosterFamily: { select: { householdName: true, vettingStatus: true } } } });
    expect(foster.map((f) => f.fosterFamily?.householdName).sort()).toEqual(["Famille Kane", "Famille Ould Mohamed"]);
    for (const f of foster) expect(f).toMatchObject({ endDate: null, fosterFamily: { vettingStatus: "APPROVED" } });
  });

  it("leaves NKN one bed short of full, and changes nothing on a second run", async () => {
    const nkn = await db.centre.findUniqueOrThrow({ where: { code: "NKN" } });
    expect(await db.placement.count({ where: { centreId: nkn.id, endDate: null } })).toBe(nkn.capacity - 1);
    const placements = await db.placement.findMany({ select: { updatedAt: true }, orderBy: { id: "asc" } });
    expect(placements.map((p) => p.updatedAt)).toEqual(firstRun.updated);
    expect(placements.length).toBe(firstRun.placements);
  });

  it("seeds the capacities and wilayas of demo-data as they are, with no capacity change recorded", async () => {
    const centres = await db.centre.findMany({ select: { code: true, region: true, capacity: true }, orderBy: { code: "asc" } });
    expect(centres).toEqual([...CENTRES].sort((a, b) => a.code.localeCompare(b.code)).map(({ code, region, capacity }) => ({ code, region, capacity })));
    expect(await db.centreCapacityChange.count()).toBe(0);
  });
});
