// The indicator report on a small fixed dataset, against hand counts (period: first half of 2026).
// Rows are inserted directly (no DAL) for speed: the report reads the tables, not the history.
// The hand counts are checked on the true (suppressed, unrounded) report, which only tests may
// read; the published report is checked against it: the same cells and marks, every number a
// multiple of 5 within 4 of the truth (the rounding key is random per run, ADR 0017).
import { beforeAll, describe, expect, it } from "vitest";
import { getCase } from "@/lib/cases/get-case";
import { listCases } from "@/lib/cases/list-cases";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { BidOutcome, ClosureReason, MobilityProfile, Sex } from "@/lib/generated/prisma/enums";
import { getIndicatorReport } from "@/lib/reports/get-indicator-report";
import type { IndicatorReport, ReportCount } from "@/lib/reports/indicator-types";
import { getUnroundedIndicatorReport } from "@/lib/reports/unrounded-indicator-report";
import { createWorld, type World } from "./fixtures";

let world: World;
const PERIOD = { from: "2026-01", to: "2026-06" };
const NOW = new Date("2026-11-22T10:00:00Z");
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const at = (iso: string) => new Date(iso.length === 10 ? `${iso}T10:00:00Z` : iso);

type Spec = {
  centre: "NDB" | "NKN";
  sex: Sex;
  dob: string;
  nat: string;
  mob: MobilityProfile | null;
  created: string;
  consent: boolean;
  duplicate?: boolean;
  placements?: [start: string, end: string | null][];
};

// Ages are at registration, or on 1 January 2026 for children registered before the period.
const CASES: Record<string, Spec> = {
  // Registered in the period, consent recorded (14).
  R1: { centre: "NDB", sex: "MALE", dob: "2014-03-10", nat: "GN", mob: "STREET_CONNECTED", created: "2026-03-10", consent: true, placements: [["2026-03-10", null]] }, // 12 on the day: 12-14
  R2: { centre: "NDB", sex: "MALE", dob: "2014-03-11", nat: "GN", mob: "STREET_CONNECTED", created: "2026-03-10", consent: true, placements: [["2026-03-10", "2026-04-01"]] }, // 12 tomorrow: 6-11
  R3: { centre: "NDB", sex: "MALE", dob: "2015-01-01", nat: "GN", mob: "STREET_CONNECTED", created: "2026-01-01T00:00:00Z", consent: true, placements: [["2026-01-02", null]] }, // 11
  R4: { centre: "NDB", sex: "MALE", dob: "2016-05-05", nat: "GN", mob: null, created: "2026-02-01", consent: true, placements: [["2026-02-01", "2026-03-01"], ["2026-03-01", null]] }, // 9, two placements
  R5: { centre: "NDB", sex: "FEMALE", dob: "2013-07-01", nat: "GN", mob: null, created: "2026-02-15", consent: true, placements: [["2026-02-15", "2026-03-01"]] }, // 12
  R6: { centre: "NDB", sex: "FEMALE", dob: "2012-08-01", nat: "ML", mob: null, created: "2026-04-01", consent: true, placements: [["2026-04-01", null]] }, // 13
  R7: { centre: "NDB", sex: "MALE", dob: "2011-09-09", nat: "ML", mob: "STREET_CONNECTED", created: "2026-06-30T23:59:59Z", consent: true, placements: [["2026-06-30", null]] }, // 14, last day
  R8: { centre: "NDB", sex: "MALE", dob: "2010-02-02", nat: "ML", mob: "STREET_CONNECTED", created: "2026-05-05", consent: true, placements: [["2026-07-01", null]] }, // 16, placed after
  R9: { centre: "NDB", sex: "MALE", dob: "2009-01-10", nat: "ML", mob: null, created: "2026-05-06", consent: true }, // 17
  R10: { centre: "NKN", sex: "FEMALE", dob: "2007-01-01", nat: "ML", mob: null, created: "2026-01-20", consent: true }, // 19: UNKNOWN
  R11: { centre: "NKN", sex: "MALE", dob: "2018-01-01", nat: "SN", mob: "STREET_CONNECTED", created: "2026-03-03", consent: true }, // 8
  R12: { centre: "NKN", sex: "MALE", dob: "2017-06-06", nat: "SN", mob: "STREET_CONNECTED", created: "2026-03-04", consent: true }, // 8
  R13: { centre: "NKN", sex: "FEMALE", dob: "2013-01-01", nat: "GN", mob: "STREET_CONNECTED", created: "2026-03-05", consent: true }, // 13
  R14: { centre: "NKN", sex: "MALE", dob: "2014-01-01", nat: "GN", mob: null, created: "2026-03-06", consent: true }, // 12
  // No consent to reporting: counted only in the exclusion.
  N1: { centre: "NDB", sex: "MALE", dob: "2012-01-01", nat: "GN", mob: null, created: "2026-02-02", consent: false, placements: [["2026-02-02", null]] },
  N2: { centre: "NKN", sex: "FEMALE", dob: "2012-01-01", nat: "GN", mob: null, created: "2026-03-03", consent: false },
  N3: { centre: "NDB", sex: "MALE", dob: "2012-01-01", nat: "GN", mob: null, created: "2026-05-05", consent: false },
  // Duplicates: never counted, not even as excluded.
  D1: { centre: "NDB", sex: "MALE", dob: "2012-01-01", nat: "GN", mob: null, created: "2026-03-03", consent: true, duplicate: true, placements: [["2026-03-03", null]] },
  D2: { centre: "NDB", sex: "FEMALE", dob: "2012-01-01", nat: "GN", mob: null, created: "2026-03-03", consent: false, duplicate: true },
  // Registered just outside the period, never placed.
  X1: { centre: "NDB", sex: "MALE", dob: "2012-01-01", nat: "GN", mob: null, created: "2025-12-31T23:59:59Z", consent: true },
  X2: { centre: "NDB", sex: "MALE", dob: "2012-01-01", nat: "GN", mob: null, created: "2026-07-01T00:00:00Z", consent: true },
  // Registered before the period, placement overlapping (or not) its start.
  O1: { centre: "NDB", sex: "MALE", dob: "2013-12-15", nat: "GN", mob: "STREET_CONNECTED", created: "2025-11-01", consent: true, placements: [["2025-11-01", "2026-01-05"]] }, // 11 at registration, 12 on 1 January
  O2: { centre: "NKN", sex: "FEMALE", dob: "2010-06-01", nat: "SN", mob: null, created: "2025-10-01", consent: true, placements: [["2025-10-01", "2026-01-01"]] }, // left on the first day: counted; 15
  O3: { centre: "NKN", sex: "MALE", dob: "2012-01-01", nat: "GN", mob: null, created: "2025-09-01", consent: true, placements: [["2025-09-01", "2025-12-31"]] }, // left the day before
  // Born on 29 February, registered in 2030 (a period of its own): 18 on 1 March in a common year.
  L1: { centre: "NDB", sex: "MALE", dob: "2012-02-29", nat: "GN", mob: null, created: "2030-02-28", consent: true }, // 17
  L2: { centre: "NDB", sex: "MALE", dob: "2012-02-29", nat: "GN", mob: null, created: "2030-03-01", consent: true }, // 18: UNKNOWN
};
const ids: Record<string, string> = {};

async function insertCases() {
  let sequence = 0;
  for (const [label, spec] of Object.entries(CASES)) {
    sequence += 1;
    const created = at(spec.created);
    const duplicate = spec.duplicate ?? false;
    const row = await db.case.create({
      data: {
        caseNumber: `${spec.centre}-${created.getUTCFullYear()}-${String(sequence).padStart(4, "0")}`,
        centreId: world.centres[spec.centre],
        caseYear: created.getUTCFullYear(),
        caseSequence: sequence,
        firstName: `Enfant${label}`,
        lastName: "Test",
        sex: spec.sex,
        dateOfBirth: d(spec.dob),
        nationality: spec.nat,
        languages: ["fr"],
        separationType: "UNACCOMPANIED",
        arrivalDate: d(spec.created.slice(0, 10)),
        referralSource: "POLICE",
        status: duplicate ? "DUPLICATE" : "REGISTERED",
        mobilityProfile: spec.mob,
        consentReporting: spec.consent,
        registeredById: world.actors.swNdb.userId,
        createdAt: created,
      },
    });
    ids[label] = row.id;
    for (const [start, end] of spec.placements ?? []) {
      await db.placement.create({
        data: {
          caseId: row.id,
          type: "CPISE_RESIDENTIAL",
          centreId: world.centres[spec.centre],
          startDate: d(start),
          endDate: end ? d(end) : null,
          endReason: end ? "TRANSFERRED" : null,
          createdById: world.actors.supNdb.userId,
        },
      });
    }
  }
}

async function insertDecisions() {
  const chair = await db.panelMember.create({ data: { userId: world.actors.panel.userId, expertise: "Protection", defaultRole: "CHAIR" } });
  const session = await db.bidSession.create({
    data: { scheduledAt: at("2026-04-10"), venue: "Salle", chairId: chair.id, status: "HELD", publishedAt: at("2026-04-01"), heldAt: at("2026-04-10"), createdById: world.actors.bid.userId },
  });
  let position = 0;
  const decision = async (label: string, outcome: BidOutcome, signedAt: string | null) => {
    const caseId = ids[label]!;
    const assessment = await db.assessment.create({
      data: { caseId, authorId: world.actors.swNdb.userId, status: "APPROVED", bidRequired: true, decidedById: world.actors.supNdb.userId, decidedAt: at("2026-03-01") },
    });
    const referral = await db.bidReferral.create({
      data: { caseId, assessmentId: assessment.id, reason: "BID", status: "DECIDED", closedAt: at("2026-04-10"), referredById: world.actors.swNdb.userId },
    });
    const item = await db.bidAgendaItem.create({ data: { sessionId: session.id, referralId: referral.id, caseId, position: ++position } });
    await db.bidDecision.create({
      data: {
        agendaItemId: item.id,
        sessionId: session.id,
        caseId,
        outcome,
        reasons: "Motifs",
        recordedById: world.actors.bid.userId,
        signedById: signedAt ? world.actors.panel.userId : null,
        signedAt: signedAt ? at(signedAt) : null,
      },
    });
  };
  for (const label of ["R1", "R2", "R3", "R4", "R5", "R6"]) await decision(label, "RETURN_REUNIFICATION_ORIGIN", "2026-04-10");
  for (const label of ["R7", "R8", "R9", "R11", "R12"]) await decision(label, "LOCAL_INTEGRATION", "2026-04-10");
  await decision("R13", "TEMPORARY_CARE", "2026-01-01T00:00:00Z");
  await decision("R14", "TEMPORARY_CARE", "2026-06-30T23:59:00Z");
  await decision("N1", "LOCAL_INTEGRATION", "2026-04-10"); // no consent
  await decision("D1", "LOCAL_INTEGRATION", "2026-04-10"); // duplicate
  await decision("R10", "RESETTLEMENT", "2026-07-01T00:00:00Z"); // after the period
  await decision("O1", "RESETTLEMENT", null); // a draft
}

async function insertClosures() {
  const closure = (label: string, reason: ClosureReason, status: "APPROVED" | "SUBMITTED" | "REJECTED", decidedAt: string | null) =>
    db.caseClosure.create({
      data: {
        caseId: ids[label]!,
        status,
        reason,
        summary: "Résumé",
        requestedById: world.actors.swNdb.userId,
        decidedById: decidedAt ? world.actors.supNdb.userId : null,
        decidedAt: decidedAt ? at(decidedAt) : null,
        rejectionReason: status === "REJECTED" ? "Non" : null,
      },
    });
  for (const label of ["O1", "O2", "O3", "R8", "R9"]) await closure(label, "REUNIFIED", "APPROVED", "2026-05-20");
  for (const label of ["R11", "R12", "R13", "R14", "R1"]) await closure(label, "DURABLE_SOLUTION", "APPROVED", "2026-06-01");
  await closure("R2", "REUNIFIED", "SUBMITTED", null); // not decided
  await closure("R3", "REUNIFIED", "REJECTED", "2026-05-01"); // rejected
  await closure("N2", "TURNED_18", "APPROVED", "2026-05-01"); // no consent
  await closure("X1", "TURNED_18", "APPROVED", "2025-12-31T23:00:00Z"); // before the period
}

beforeAll(async () => {
  world = await createWorld();
  await insertCases();
  await insertDecisions();
  await insertClosures();
});

/** Every published count of a report, by a stable cell name ("registered|sex|FEMALE", "excluded|closures"). */
function cells(report: IndicatorReport): Map<string, ReportCount> {
  const out = new Map<string, ReportCount>();
  for (const section of ["registered", "accommodated"] as const) {
    out.set(`${section}|total`, report[section].total);
    for (const [dimension, rows] of Object.entries(report[section].by)) for (const row of rows) out.set(`${section}|${dimension}|${row.key}`, row.count);
  }
  for (const [section, group] of [["bidDecisions", report.bidDecisionsByOutcome], ["closures", report.closuresByReason]] as const) {
    out.set(`${section}|total`, group.total);
    for (const row of group.rows) out.set(`${section}|${row.key}`, row.count);
  }
  for (const [key, count] of Object.entries(report.excludedNoConsent)) out.set(`excluded|${key}`, count);
  return out;
}

/** The published report is the true one rounded: same cells and marks, numbers a multiple of 5 within 4. */
function expectRoundedFrom(published: IndicatorReport, truth: IndicatorReport) {
  expect({ period: published.period, centreNames: published.centreNames }).toEqual({ period: truth.period, centreNames: truth.centreNames });
  const shown = cells(published);
  const truthCells = cells(truth);
  expect([...shown.keys()]).toEqual([...truthCells.keys()]);
  for (const [cell, trueCount] of truthCells) {
    const count = shown.get(cell);
    if (typeof trueCount !== "number") {
      expect(count, cell).toBe(trueCount);
      continue;
    }
    expect(typeof count, cell).toBe("number");
    expect((count as number) % 5, cell).toBe(0);
    expect(Math.abs((count as number) - trueCount), cell).toBeLessThanOrEqual(4);
    if (trueCount % 5 === 0) expect(count, cell).toBe(trueCount);
  }
}

const lt5 = (...keys: string[]) => keys.map((key) => ({ key, count: "<5" as const }));

describe("getIndicatorReport — first half of 2026", () => {
  it("counts the children registered in the period, by every dimension, suppressed on the true counts", async () => {
    const report = await getUnroundedIndicatorReport(world.actors.me, PERIOD, NOW);
    expect(report.period).toEqual(PERIOD);
    expect(report.generatedAt).toEqual(NOW);
    expect(report.registered).toEqual({
      total: 14, // R1–R14; not N1–N3 (no consent), D1/D2 (duplicates), X1/X2 (a second outside)
      by: {
        centre: [
          { key: "NDB", count: 9 },
          { key: "NKN", count: 5 },
        ],
        // 4 girls: "<5", and the 10 boys hidden too, or 14 − 10 would give the 4 back.
        sex: [
          { key: "FEMALE", count: "<5" },
          { key: "MALE", count: "hidden" },
        ],
        // R1 turned 12 on the day of registration (12-14), R2 the day after (6-11); no child 0-5,
        // listed all the same (as "<5"), like every category of a breakdown.
        ageBand: [
          { key: "0-5", count: "<5" },
          { key: "6-11", count: 5 },
          { key: "12-14", count: 6 },
          ...lt5("15-17", "UNKNOWN"),
        ],
        // SN 2 is hidden; ML 5 is the next smallest cell: hidden too (complementary).
        nationality: [
          { key: "GN", count: 7 },
          { key: "ML", count: "hidden" },
          { key: "SN", count: "<5" },
        ],
        mobilityProfile: [...lt5("TALIBE_MAHADRA", "DOMESTIC_WORK"), { key: "STREET_CONNECTED", count: 8 }, ...lt5("IN_TRANSIT", "OTHER"), { key: "UNKNOWN", count: 6 }],
      },
    });
  });

  it("counts the children with a placement overlapping the period once each, wherever they were registered", async () => {
    const report = await getUnroundedIndicatorReport(world.actors.national, PERIOD, NOW);
    // R1–R7 (R7 placed on the last day, R4 in two placements), O1 (registered in 2025, placed into
    // January), O2 (left on 1 January); not R8 (placed on 1 July), O3 (left on 31 December), N1, D1.
    expect(report.accommodated).toEqual({
      total: 9,
      by: {
        centre: [
          { key: "NDB", count: "hidden" }, // 8, hidden because NKN (1) is
          { key: "NKN", count: "<5" },
        ],
        sex: [
          { key: "FEMALE", count: "<5" },
          { key: "MALE", count: "hidden" }, // 6, hidden with the 3 girls
        ],
        // O1 is 11 at registration but 12 on 1 January: 12-14.
        ageBand: [...lt5("0-5", "6-11"), { key: "12-14", count: 5 }, ...lt5("15-17", "UNKNOWN")],
        nationality: [
          { key: "GN", count: 6 },
          { key: "ML", count: "<5" },
          { key: "SN", count: "<5" },
        ],
        // Five hidden cells (four of them empty): nothing to add.
        mobilityProfile: [...lt5("TALIBE_MAHADRA", "DOMESTIC_WORK"), { key: "STREET_CONNECTED", count: 5 }, ...lt5("IN_TRANSIT", "OTHER", "UNKNOWN")],
      },
    });
  });

  it("counts signed BID decisions by outcome and approved closures by reason", async () => {
    const report = await getUnroundedIndicatorReport(world.actors.me, PERIOD, NOW);
    expect(report.bidDecisionsByOutcome).toEqual({
      total: 13,
      rows: [
        { key: "RETURN_REUNIFICATION_ORIGIN", count: 6 },
        { key: "REUNIFICATION_THIRD_COUNTRY", count: "<5" },
        { key: "LOCAL_INTEGRATION", count: 5 },
        ...lt5("RESETTLEMENT", "SEPARATION_FROM_PARENTS"),
        { key: "TEMPORARY_CARE", count: "<5" }, // 2, signed on the first and the last day
      ],
    });
    expect(report.closuresByReason).toEqual({
      total: 10,
      rows: [
        { key: "REUNIFIED", count: 5 },
        { key: "DURABLE_SOLUTION", count: 5 },
        ...lt5("TURNED_18", "TRANSFERRED", "INFORMED_CHOICE", "DEATH", "LOST_CONTACT", "OTHER"),
      ],
    });
  });

  it("reports the exclusions for lack of consent, never counting duplicates", async () => {
    const report = await getUnroundedIndicatorReport(world.actors.me, PERIOD, NOW);
    expect(report.excludedNoConsent).toEqual({ registered: 3, accommodated: 1, bidDecisions: 1, closures: 1 });
    expect(report.centreNames).toEqual({ NDB: "CPISE NDB", NKN: "CPISE NKN" });
  });

  it("publishes every number rounded to base 5 (totals on their own), the marks decided on the true counts, the same way every time and for every reader", async () => {
    const truth = await getUnroundedIndicatorReport(world.actors.me, PERIOD, NOW);
    const published = await getIndicatorReport(world.actors.me, PERIOD, NOW);
    expectRoundedFrom(published, truth);
    // Multiples of 5 are already round: the closures' 5 and 10 are published as they are.
    expect(published.closuresByReason.total).toBe(10);
    expect(published.registered.by.ageBand[1]).toEqual({ key: "6-11", count: 5 });
    // Asking again, or as the national supervisor, gives the very same numbers: nothing to average.
    expect(await getIndicatorReport(world.actors.me, PERIOD, NOW)).toEqual(published);
    expect(await getIndicatorReport(world.actors.national, PERIOD, new Date("2026-12-05T08:00:00Z"))).toEqual({
      ...published,
      generatedAt: new Date("2026-12-05T08:00:00Z"),
    });
  });

  it("suppresses a total under 5 and shows an empty period as 0", async () => {
    const year2025 = await getUnroundedIndicatorReport(world.actors.me, { from: "2025-01", to: "2025-12" }, NOW);
    // X1, O1, O2, O3.
    expect(year2025.registered.total).toBe("<5");
    expect(year2025.registered.by.centre).toEqual(lt5("NDB", "NKN"));
    expect(year2025.closuresByReason).toEqual({
      total: "<5",
      rows: lt5("REUNIFIED", "DURABLE_SOLUTION", "TURNED_18", "TRANSFERRED", "INFORMED_CHOICE", "DEATH", "LOST_CONTACT", "OTHER"),
    });
    expectRoundedFrom(await getIndicatorReport(world.actors.me, { from: "2025-01", to: "2025-12" }, NOW), year2025);

    const empty = await getIndicatorReport(world.actors.me, { from: "2024-01", to: "2024-12" }, NOW);
    expect(empty.registered).toEqual({ total: 0, by: { centre: [], sex: [], ageBand: [], nationality: [], mobilityProfile: [] } });
    expect(empty.accommodated.total).toBe(0);
    expect(empty.bidDecisionsByOutcome).toEqual({ total: 0, rows: [] });
    expect(empty.excludedNoConsent).toEqual({ registered: 0, accommodated: 0, bidDecisions: 0, closures: 0 });
  });
});

describe("getIndicatorReport — age bands across 29 February", () => {
  it("counts a child born on 29 February as a year older only from 1 March in a common year", async () => {
    const report = await getUnroundedIndicatorReport(world.actors.me, { from: "2030-01", to: "2030-12" }, new Date("2031-01-15T00:00:00Z"));
    expect(report.registered.total).toBe("<5");
    expect(report.registered.by.ageBand).toEqual(lt5("0-5", "6-11", "12-14", "15-17", "UNKNOWN"));
  });
});

describe("differencing two periods (ADR 0017)", () => {
  // January–June and January–July 2026 differ by exactly one child in each population: X2
  // registered on 1 July (NDB, boy, 12-14, Guinea, mobility not recorded), R8 placed on 1 July
  // (NDB, boy, 15-17, Mali, street-connected), and one BID decision (R10's, resettlement).
  const JUNE = { from: "2026-01", to: "2026-06" };
  const JULY = { from: "2026-01", to: "2026-07" };

  it("the true counts would give the child away: the cells that grow by exactly 1 describe X2", async () => {
    const before = cells(await getUnroundedIndicatorReport(world.actors.me, JUNE, NOW));
    const after = cells(await getUnroundedIndicatorReport(world.actors.me, JULY, NOW));
    const movedByOne = [...after]
      .filter(([cell, count]) => cell.startsWith("registered|") && typeof count === "number" && count - (before.get(cell) as number) === 1)
      .map(([cell]) => cell);
    expect(movedByOne).toEqual(["registered|total", "registered|centre|NDB", "registered|ageBand|12-14", "registered|nationality|GN", "registered|mobilityProfile|UNKNOWN"]);
  });

  it("the published reports do not: no cell moves by 1, no category appears or vanishes, for any month added", async () => {
    const months = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"];
    const reports = await Promise.all(months.map((to) => getIndicatorReport(world.actors.me, { from: "2026-01", to }, NOW)));
    for (let i = 1; i < reports.length; i += 1) {
      const before = cells(reports[i - 1]!);
      const after = cells(reports[i]!);
      for (const cell of new Set([...before.keys(), ...after.keys()])) {
        if (before.has(cell) && after.has(cell)) continue;
        // Rows come only with a whole section going from nobody to somebody: all of them at once.
        const empty = before.has(cell) ? after : before;
        expect(empty.get(`${cell.split("|")[0]}|total`), `${months[i]} ${cell}`).toBe(0);
      }
      for (const [cell, count] of after) {
        if (!before.has(cell)) continue;
        const previous = before.get(cell)!;
        for (const value of [previous, count]) expect(typeof value === "number" ? value % 5 : value, cell).toSatisfy((v) => v === 0 || v === "<5" || v === "hidden");
        if (typeof count === "number" && typeof previous === "number") expect(Math.abs(count - previous) % 5, `${months[i]} ${cell}`).toBe(0);
      }
    }
    // The pair of the attack, explicitly: no published cell moved by exactly one child.
    const june = cells(reports[5]!);
    const july = cells(reports[6]!);
    const movedByOne = [...july].filter(([cell, count]) => typeof count === "number" && Math.abs(count - (june.get(cell) as number)) === 1);
    expect(movedByOne).toEqual([]);
  });

  it("a day-level period such as 1 January–30 October is refused, before anything is computed", async () => {
    await expect(getIndicatorReport(world.actors.me, { from: "2026-01-01", to: "2026-10-30" }, NOW)).rejects.toBeInstanceOf(RangeError);
    await expect(getIndicatorReport(world.actors.me, { from: "2026-01", to: "2026-11" }, NOW)).rejects.toBeInstanceOf(RangeError);
  });
});

describe("who may see the indicator report", () => {
  it.each(["swNdb", "supNdb", "ngoA", "bid", "panel", "admin"] as const)("refuses %s as not found", async (key) => {
    await expect(getIndicatorReport(world.actors[key], PERIOD, NOW)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getUnroundedIndicatorReport(world.actors[key], PERIOD, NOW)).rejects.toBeInstanceOf(NotFoundError);
  });

  it.each(["me", "national"] as const)("gives it to %s", async (key) => {
    await expect(getIndicatorReport(world.actors[key], PERIOD, NOW)).resolves.toMatchObject({ period: PERIOD });
  });

  it("throws on an invalid period without computing anything, and writes nothing", async () => {
    const before = await Promise.all([db.auditEvent.count(), db.caseAccessLog.count()]);
    await expect(getIndicatorReport(world.actors.me, { from: "2026-06", to: "2026-01" }, NOW)).rejects.toBeInstanceOf(RangeError);
    await expect(getIndicatorReport(world.actors.me, { from: "2026-02-30", to: "2026-03" }, NOW)).rejects.toBeInstanceOf(RangeError);
    expect(await Promise.all([db.auditEvent.count(), db.caseAccessLog.count()])).toEqual(before);
  });

  it("refuses the M&E officer every caseload and case page", async () => {
    await expect(listCases(world.actors.me)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCase(world.actors.me, ids.R1!)).rejects.toBeInstanceOf(NotFoundError);
  });
});
