// The occupancy board and its history on a small fixed dataset, against hand counts.
import { beforeAll, describe, expect, it } from "vitest";
import { registerChild } from "@/lib/cases/register-child";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { getOccupancyBoard } from "@/lib/placements/occupancy-board";
import { getOccupancyHistory } from "@/lib/placements/occupancy-history";
import { createWorld, validChild, type UserKey, type World } from "./fixtures";

let world: World;
// Thursday 19 November 2026: the week starts on Monday 16, the month on 1 November.
const NOW = new Date("2026-11-19T14:00:00Z");
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const cases: Record<string, string> = {};

async function child(label: string, worker: UserKey = "swNdb") {
  const result = await registerChild(world.actors[worker], validChild({ firstName: `Enfant${label}` }));
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  cases[label] = result.data.caseId;
  return result.data.caseId;
}

async function residential(label: string, centre: "NDB" | "NKN", start: string, end?: string, worker: UserKey = "swNdb") {
  await db.placement.create({
    data: {
      caseId: await child(label, worker),
      type: "CPISE_RESIDENTIAL",
      centreId: world.centres[centre],
      startDate: d(start),
      endDate: end ? d(end) : null,
      endReason: end ? "REUNIFIED" : null,
      createdById: world.actors.supNdb.userId,
    },
  });
}

let overdueFamily: string;
let applied: string;

beforeAll(async () => {
  world = await createWorld();
  await residential("A", "NDB", "2026-10-01"); // present since before the month
  await residential("B", "NDB", "2026-11-17"); // admitted this week
  await residential("C", "NDB", "2026-11-03", "2026-11-18"); // admitted this month, left this week
  await residential("D", "NDB", "2026-10-10", "2026-11-05"); // left this month
  await residential("E", "NDB", "2026-11-19"); // admitted today
  await residential("G", "NKN", "2026-09-01"); // an NDB case placed in NKN: outside NKN's supervisor's case scope
  await residential("H", "NKN", "2026-11-18", undefined, "swNkn");
  await residential("Old", "NDB", "2026-01-01", "2026-02-01"); // long gone: counts nowhere

  const family = (name: string, status: "APPROVED" | "SUSPENDED" | "APPLIED", next: string | null) =>
    db.fosterFamily.create({
      data: {
        organisationId: world.organisations["NGO-A"],
        householdName: name,
        location: "Nouadhibou",
        languages: ["ar"],
        capacity: 2,
        contactName: "Contact",
        contactPhone: "+222 1234 5678",
        vettingStatus: status,
        approvedAt: status === "APPLIED" ? null : d("2026-06-01"),
        suspensionReason: status === "SUSPENDED" ? "Concern" : null,
        nextVisitDueAt: next ? d(next) : null,
        createdById: world.actors.ngoA.userId,
      },
    });
  overdueFamily = (await family("Famille En Retard", "APPROVED", "2026-11-10")).id;
  await family("Famille À Jour", "APPROVED", "2026-12-15");
  await family("Famille Suspendue", "SUSPENDED", null);
  applied = (await family("Famille Candidate", "APPLIED", null)).id;
  await db.placement.create({
    data: { caseId: await child("F"), type: "FOSTER_FAMILY", fosterFamilyId: overdueFamily, startDate: d("2026-11-02"), createdById: world.actors.supNdb.userId },
  });
});

describe("getOccupancyBoard", () => {
  it("counts NDB by hand: occupied, free, admissions and discharges this week and month", async () => {
    const board = await getOccupancyBoard(world.actors.supNdb, NOW);
    expect(board.centres.map((c) => c.code)).toEqual(["NDB"]);
    const [ndb] = board.centres;
    expect(ndb).toMatchObject({
      capacity: 10,
      occupied: 3,
      free: 7,
      over: 0,
      percent: 30,
      admissionsWeek: 2, // B, E
      dischargesWeek: 1, // C
      admissionsMonth: 3, // B, C, E
      dischargesMonth: 2, // C, D
      otherChildren: 0,
    });
    expect(ndb.children.map((c) => [c.caseId, c.daysInCare])).toEqual([
      [cases.A, 49],
      [cases.B, 2],
      [cases.E, 0],
    ]);
  });

  it("the national supervisor sees every centre; a centre supervisor only theirs, children outside their case scope only counted", async () => {
    const national = await getOccupancyBoard(world.actors.national, NOW);
    expect(national.centres.map((c) => [c.code, c.occupied, c.children.length])).toEqual([
      ["NDB", 3, 3],
      ["NKN", 2, 2],
    ]);
    const nkn = await getOccupancyBoard(world.actors.supNkn, NOW);
    expect(nkn.centres).toHaveLength(1);
    expect(nkn.centres[0]).toMatchObject({ code: "NKN", occupied: 2, admissionsWeek: 1, otherChildren: 1 });
    expect(nkn.centres[0].children.map((c) => c.caseId)).toEqual([cases.H]);
  });

  it("lists foster families with active placements and the monitoring visit due, overdue first", async () => {
    const board = await getOccupancyBoard(world.actors.national, NOW);
    expect(board.families.map((f) => [f.householdName, f.activePlacements, f.visitDue])).toEqual([
      ["Famille En Retard", 1, "overdue"],
      ["Famille À Jour", 0, "planned"],
      ["Famille Suspendue", 0, "none"],
    ]);
    expect(board.families.map((f) => f.id)).not.toContain(applied);
  });

  it("is not there for social workers, NGOs and others (404)", async () => {
    for (const key of ["swNdb", "ngoA", "bid", "panel", "me", "admin"] as const) {
      await expect(getOccupancyBoard(world.actors[key], NOW)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getOccupancyHistory(world.actors[key], NOW)).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});

describe("getOccupancyHistory", () => {
  it("gives the daily count per centre over the window, by hand", async () => {
    const history = await getOccupancyHistory(world.actors.national, NOW, 5);
    expect(history.centres.map((c) => c.code)).toEqual(["NDB", "NKN"]);
    expect(history.days).toEqual([
      { day: "2026-11-15", counts: { NDB: 2, NKN: 1 } }, // A, C | G
      { day: "2026-11-16", counts: { NDB: 2, NKN: 1 } },
      { day: "2026-11-17", counts: { NDB: 3, NKN: 1 } }, // + B
      { day: "2026-11-18", counts: { NDB: 2, NKN: 2 } }, // C left | + H
      { day: "2026-11-19", counts: { NDB: 3, NKN: 2 } }, // + E
    ]);
  });

  it("covers 90 days by default, only the supervisor's centres", async () => {
    const history = await getOccupancyHistory(world.actors.supNdb, NOW);
    expect(history.days).toHaveLength(90);
    expect(history.days[0]).toEqual({ day: "2026-08-22", counts: { NDB: 0 } });
    expect(history.days.find((day) => day.day === "2026-10-15")).toEqual({ day: "2026-10-15", counts: { NDB: 2 } }); // A, D
  });
});
