// The implausible dates found stored by a probe, each refused with a field error and nothing
// written; and a note with an invisible direction override, stored without it.
import { beforeAll, describe, expect, it } from "vitest";
import { registerChild } from "@/lib/cases/register-child";
import { updateCaseSection } from "@/lib/cases/update-case-section";
import { toIsoDate, todayUtc } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { recordFosterVisit } from "@/lib/foster-families/record-foster-visit";
import { registerFosterFamily } from "@/lib/foster-families/register-foster-family";
import { addCaseNote } from "@/lib/notes/add-case-note";
import { createWorld, validChild, type World } from "./fixtures";

let world: World;
const today = toIsoDate(todayUtc());

// Born in 2016, arrived on 2 October 2026.
async function registerChildBornIn2016() {
  const result = await registerChild(world.actors.swNdb, validChild({ dateOfBirth: "2016-05-10" }));
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return result.data.caseId;
}

async function rows(caseId?: string) {
  const [cases, notes, visits, audits, events] = await Promise.all([
    db.case.count(),
    db.caseNote.count(),
    db.fosterFamilyVisit.count(),
    db.auditEvent.count(),
    db.caseEvent.count(),
  ]);
  const kase = caseId
    ? await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { version: true, dateOfBirth: true, separationDate: true } })
    : null;
  return { cases, notes, visits, audits, events, kase };
}

const note = (overrides: Record<string, unknown>) => ({ type: "NOTE", date: today, summary: "Entretien.", nextVisitDate: "", ...overrides });

beforeAll(async () => {
  world = await createWorld();
});

describe("implausible dates are refused beside their field, nothing written", () => {
  it("a note dated 1900-01-01 for a child born in 2016", async () => {
    const caseId = await registerChildBornIn2016();
    const before = await rows(caseId);
    const result = await addCaseNote(world.actors.swNdb, caseId, note({ date: "1900-01-01" }));
    expect(result).toEqual({ ok: false, fieldErrors: { date: "dateTooEarly" } });
    expect(await rows(caseId)).toEqual(before);
  });

  it("a note dated before the child's birth (after the floor): checked against the stored birth date", async () => {
    const caseId = await registerChildBornIn2016();
    const before = await rows(caseId);
    const result = await addCaseNote(world.actors.swNdb, caseId, note({ date: "2016-05-09" }));
    expect(result).toEqual({ ok: false, fieldErrors: { date: "dateBeforeBirth" } });
    expect(await rows(caseId)).toEqual(before);
    // The birth day itself is possible.
    expect((await addCaseNote(world.actors.swNdb, caseId, note({ date: "2016-05-10" }))).ok).toBe(true);
  });

  it("a separation date before birth", async () => {
    const caseId = await registerChildBornIn2016();
    const before = await rows(caseId);
    const result = await updateCaseSection(world.actors.swNdb, {
      caseId,
      version: before.kase!.version,
      section: "separation",
      values: { separationDate: "2015-01-01", separationPlace: "Gao", separationCause: "", journeySummary: "" },
    });
    expect(result).toEqual({ ok: false, fieldErrors: { separationDate: "separationBeforeBirth" } });
    expect(await rows(caseId)).toEqual(before);
  });

  it("a birth date moved after the recorded separation", async () => {
    const caseId = await registerChildBornIn2016();
    const separated = await updateCaseSection(world.actors.swNdb, {
      caseId,
      version: 1,
      section: "separation",
      values: { separationDate: "2025-06-01", separationPlace: "Gao", separationCause: "", journeySummary: "" },
    });
    expect(separated).toEqual({ ok: true, data: { version: 2 } });
    const before = await rows(caseId);
    const result = await updateCaseSection(world.actors.swNdb, {
      caseId,
      version: 2,
      section: "identity",
      values: { firstName: "Mamadou", lastName: "Diallo", sex: "MALE", dateOfBirth: "2025-07-01", nationality: "GN", languages: ["fr"] },
    });
    expect(result).toEqual({ ok: false, fieldErrors: { dateOfBirth: "birthAfterSeparation" } });
    expect(await rows(caseId)).toEqual(before);
  });

  it("a registration with an estimated age and an arrival on 1900-01-01 (which set the birth date to 1900)", async () => {
    const before = await rows();
    const child = validChild({ dobKnown: "estimated", dateOfBirth: "", estimatedAge: "10" });
    const result = await registerChild(world.actors.swNdb, { ...child, arrivalDate: "1900-01-01" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { arrivalDate: "dateTooEarly" } });
    // An arrival after the floor but before a 10-year-old could have been born.
    const early = await registerChild(world.actors.swNdb, { ...child, arrivalDate: "2010-01-01" });
    expect(early).toMatchObject({ ok: false, fieldErrors: { arrivalDate: "arrivalBeforeEstimatedBirth" } });
    expect(await rows()).toEqual(before);
  });

  it("a note's next visit in 2100", async () => {
    const caseId = await registerChildBornIn2016();
    const before = await rows(caseId);
    const result = await addCaseNote(world.actors.swNdb, caseId, note({ type: "FOLLOW_UP_VISIT", nextVisitDate: "2100-01-01" }));
    expect(result).toEqual({ ok: false, fieldErrors: { nextVisitDate: "dateBeyondOneYear" } });
    expect(await rows(caseId)).toEqual(before);
  });

  it("a foster family visit's next visit in 2100", async () => {
    const registered = await registerFosterFamily(world.actors.ngoA, {
      householdName: "Famille Sow",
      location: "Nouadhibou",
      address: "",
      languages: ["fr"],
      capacity: "2",
      contactName: "Aïssata Sow",
      contactPhone: "+222 22 33 44 55",
      notes: "",
    });
    if (!registered.ok) throw new Error(JSON.stringify(registered.fieldErrors));
    const familyId = registered.data.familyId;
    const family = () => db.fosterFamily.findUniqueOrThrow({ where: { id: familyId }, select: { version: true, nextVisitDueAt: true } });
    const before = { ...(await rows()), family: await family() };
    const result = await recordFosterVisit(world.actors.ngoA, familyId, {
      date: today,
      visitors: "",
      observations: "Accueil correct.",
      concerns: "",
      suspend: false,
      nextVisitDueAt: "2100-01-01",
      version: 1,
    });
    expect(result).toEqual({ ok: false, fieldErrors: { nextVisitDueAt: "dateBeyondOneYear" } });
    expect({ ...(await rows()), family: await family() }).toEqual(before);
  });
});

describe("invisible characters in free text", () => {
  it("stores a note with a right-to-left override without it", async () => {
    const caseId = await registerChildBornIn2016();
    const result = await addCaseNote(world.actors.swNdb, caseId, note({ summary: "Pièce jointe : gnp\u202E.exe\u200B" }));
    if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
    const row = await db.caseNote.findUniqueOrThrow({ where: { id: result.data.noteId }, select: { summary: true } });
    expect(row.summary).toBe("Pièce jointe : gnp.exe");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: result.data.noteId }, select: { after: true } });
    expect(audit.after).toMatchObject({ summary: "Pièce jointe : gnp.exe" });
  });
});
