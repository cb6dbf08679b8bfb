import { beforeAll, describe, expect, it } from "vitest";
import { registerChild } from "@/lib/cases/register-child";
import { getCase } from "@/lib/cases/get-case";
import { toIsoDate, todayUtc } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { InvalidStateError, NotFoundError } from "@/lib/errors";
import { addCaseNote } from "@/lib/notes/add-case-note";
import { getPlannedVisit } from "@/lib/notes/get-planned-visit";
import { createWorld, validChild, type UserKey, type World } from "./fixtures";

let world: World;

async function register(key: UserKey = "swNdb") {
  const result = await registerChild(world.actors[key], validChild());
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return result.data.caseId;
}

const DAY = 86_400_000;
const today = todayUtc();
const isoDaysFromToday = (days: number) => toIsoDate(new Date(today.getTime() + days * DAY));

const note = (overrides: Record<string, unknown> = {}) => ({
  type: "NOTE",
  date: isoDaysFromToday(0),
  summary: "Entretien avec l'enfant.",
  nextVisitDate: "",
  ...overrides,
});

async function rowsFor(caseId: string) {
  const [notes, events, audits, kase] = await Promise.all([
    db.caseNote.count({ where: { caseId } }),
    db.caseEvent.count({ where: { caseId } }),
    db.auditEvent.count(),
    db.case.findUniqueOrThrow({ where: { id: caseId }, select: { version: true, firstActionAt: true, followUpDueAt: true } }),
  ]);
  return { notes, events, audits, ...kase };
}

async function added(result: Awaited<ReturnType<typeof addCaseNote>>) {
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return result.data.noteId;
}

beforeAll(async () => {
  world = await createWorld();
});

describe("addCaseNote", () => {
  it("lets the assigned worker add a note: the note, its timeline event and its audit event, without bumping the version", async () => {
    const caseId = await register();
    const before = await rowsFor(caseId);
    const noteId = await added(await addCaseNote(world.actors.swNdb, caseId, note({ summary: "  Premier entretien.  " })));

    const row = await db.caseNote.findUniqueOrThrow({ where: { id: noteId } });
    expect(row).toMatchObject({ caseId, type: "NOTE", summary: "Premier entretien.", nextVisitDate: null, authorId: world.actors.swNdb.userId });
    expect(toIsoDate(row.date)).toBe(isoDaysFromToday(0));

    const event = await db.caseEvent.findFirstOrThrow({ where: { caseId, type: "case.noteAdded" } });
    expect(event).toMatchObject({ actorId: world.actors.swNdb.userId, data: { noteId, noteType: "NOTE" } });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "case.noteAdded", entityId: noteId } });
    expect(audit).toMatchObject({ actorId: world.actors.swNdb.userId, entityType: "CaseNote" });
    expect(audit.after).toMatchObject({ caseId, type: "NOTE", summary: "Premier entretien.", nextVisitDate: null });

    const after = await rowsFor(caseId);
    expect(after).toMatchObject({ notes: before.notes + 1, events: before.events + 1, audits: before.audits + 1, version: before.version });
  });

  it("lets the centre supervisor add a note on any case of the centre", async () => {
    const caseId = await register("sw2Ndb");
    await added(await addCaseNote(world.actors.supNdb, caseId, note({ type: "PHONE_CALL" })));
    expect(await db.caseNote.count({ where: { caseId, authorId: world.actors.supNdb.userId } })).toBe(1);
  });

  it("lets an NGO caseworker add a follow-up on a case referred to their NGO with consent to share, and nobody else", async () => {
    const caseId = await register();
    await db.caseReferral.create({
      data: { caseId, organisationId: world.organisations["NGO-A"], createdById: world.actors.supNdb.userId },
    });
    // Without consent the referral is not enough.
    await expect(addCaseNote(world.actors.ngoA, caseId, note())).rejects.toThrow(NotFoundError);
    await db.caseConsentShare.create({ data: { caseId, organisationId: world.organisations["NGO-A"] } });

    await added(await addCaseNote(world.actors.ngoA, caseId, note({ type: "SERVICE", summary: "Consultation juridique." })));
    expect(await db.caseNote.count({ where: { caseId, authorId: world.actors.ngoA.userId } })).toBe(1);
    // Another NGO, with neither referral nor consent.
    await expect(addCaseNote(world.actors.ngoB, caseId, note())).rejects.toThrow(NotFoundError);
  });

  it("offers the note form to whoever may add a note: the NGO on a referred case, not the national supervisor", async () => {
    const caseId = await register();
    await db.caseReferral.create({ data: { caseId, organisationId: world.organisations["NGO-A"], createdById: world.actors.supNdb.userId } });
    await db.caseConsentShare.create({ data: { caseId, organisationId: world.organisations["NGO-A"] } });
    expect((await getCase(world.actors.ngoA, caseId)).viewer).toMatchObject({ canNote: true, canEdit: false });
    expect((await getCase(world.actors.swNdb, caseId)).viewer).toMatchObject({ canNote: true, canEdit: true });
    expect((await getCase(world.actors.national, caseId)).viewer).toMatchObject({ canNote: false, canEdit: false });
    await expect(getCase(world.actors.ngoB, caseId)).rejects.toThrow(NotFoundError);
  });

  it("is a 404 for workers outside the case, the national supervisor (read-only) and roles without cases", async () => {
    const caseId = await register();
    const before = await rowsFor(caseId);
    for (const key of ["sw2Ndb", "swNkn", "supNkn", "national", "bid", "me", "admin", "panel"] as const) {
      await expect(addCaseNote(world.actors[key], caseId, note()), key).rejects.toThrow(NotFoundError);
    }
    await expect(addCaseNote(world.actors.swNdb, "not-a-uuid", note())).rejects.toThrow(NotFoundError);
    await expect(addCaseNote(world.actors.swNdb, "00000000-0000-4000-8000-000000000000", note())).rejects.toThrow(NotFoundError);
    expect(await rowsFor(caseId)).toEqual(before);
  });

  it("writes nothing on invalid input and returns the field errors", async () => {
    const caseId = await register();
    const before = await rowsFor(caseId);
    const result = await addCaseNote(
      world.actors.swNdb,
      caseId,
      note({ type: "", date: isoDaysFromToday(-2), summary: "   ", nextVisitDate: isoDaysFromToday(-3) }),
    );
    expect(result).toEqual({ ok: false, fieldErrors: { type: "required", summary: "required", nextVisitDate: "nextVisitBeforeDate" } });
    expect(await addCaseNote(world.actors.swNdb, caseId, note({ date: isoDaysFromToday(1) }))).toEqual({
      ok: false,
      fieldErrors: { date: "dateInFuture" },
    });
    expect(await rowsFor(caseId)).toEqual(before);
  });

  it("refuses a closed case and writes nothing", async () => {
    const caseId = await register();
    await db.case.update({ where: { id: caseId }, data: { status: "CLOSED", closedAt: new Date() } });
    const before = await rowsFor(caseId);
    await expect(addCaseNote(world.actors.swNdb, caseId, note())).rejects.toThrow(InvalidStateError);
    await expect(addCaseNote(world.actors.supNdb, caseId, note())).rejects.toThrow(InvalidStateError);
    expect(await rowsFor(caseId)).toEqual(before);
    const detail = await getCase(world.actors.swNdb, caseId);
    expect(detail.viewer.canNote).toBe(false);
  });

  it("records the first action once: the first note sets firstActionAt and ends the first-action deadline", async () => {
    const caseId = await register();
    const initial = await db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(initial.firstActionAt).toBeNull();
    expect(initial.firstActionDueAt).not.toBeNull();

    await added(await addCaseNote(world.actors.swNdb, caseId, note()));
    const first = await db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(first.firstActionAt).not.toBeNull();
    expect(first.firstActionDueAt).toBeNull();

    await added(await addCaseNote(world.actors.supNdb, caseId, note({ type: "OTHER" })));
    const second = await db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(second.firstActionAt).toEqual(first.firstActionAt);
  });

  it("recomputes the follow-up due date from follow-up visits, honouring the next visit date written on the latest", async () => {
    const caseId = await register();
    // An approved case plan: from now on follow-up visits are due (risk not set → timed as medium, every 14 days).
    const planApprovedAt = new Date(today.getTime() - 10 * DAY);
    await db.casePlan.create({
      data: { caseId, status: "APPROVED", authorId: world.actors.swNdb.userId, decidedById: world.actors.supNdb.userId, decidedAt: planApprovedAt },
    });

    await added(await addCaseNote(world.actors.swNdb, caseId, note({ type: "FOLLOW_UP_VISIT", date: isoDaysFromToday(-1), nextVisitDate: isoDaysFromToday(3) })));
    expect((await rowsFor(caseId)).followUpDueAt).toEqual(new Date(today.getTime() + 3 * DAY));
    expect(await getPlannedVisit(world.actors.swNdb, caseId)).toEqual(new Date(today.getTime() + 3 * DAY));

    // A later visit without a next visit date: the rule applies again, from that visit.
    await added(await addCaseNote(world.actors.swNdb, caseId, note({ type: "FOLLOW_UP_VISIT" })));
    expect((await rowsFor(caseId)).followUpDueAt).toEqual(new Date(today.getTime() + 14 * DAY));

    // Other kinds of notes do not count as follow-up visits.
    await added(await addCaseNote(world.actors.swNdb, caseId, note({ type: "PHONE_CALL" })));
    expect((await rowsFor(caseId)).followUpDueAt).toEqual(new Date(today.getTime() + 14 * DAY));
  });
});

describe("getPlannedVisit", () => {
  it("gives the next visit date of the latest note that has one, null when none, and 404 outside the scope", async () => {
    const caseId = await register();
    expect(await getPlannedVisit(world.actors.swNdb, caseId)).toBeNull();
    await added(await addCaseNote(world.actors.swNdb, caseId, note({ date: isoDaysFromToday(-5), nextVisitDate: isoDaysFromToday(2) })));
    await added(await addCaseNote(world.actors.swNdb, caseId, note({ date: isoDaysFromToday(-1), nextVisitDate: isoDaysFromToday(6) })));
    await added(await addCaseNote(world.actors.swNdb, caseId, note({ date: isoDaysFromToday(0) })));
    expect(await getPlannedVisit(world.actors.supNdb, caseId)).toEqual(new Date(today.getTime() + 6 * DAY));
    expect(await getPlannedVisit(world.actors.national, caseId)).toEqual(new Date(today.getTime() + 6 * DAY));
    for (const key of ["sw2Ndb", "swNkn", "ngoA", "admin"] as const) {
      await expect(getPlannedVisit(world.actors[key], caseId), key).rejects.toThrow(NotFoundError);
    }
  });
});
