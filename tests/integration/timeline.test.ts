import { beforeAll, describe, expect, it } from "vitest";
import { registerChild } from "@/lib/cases/register-child";
import { toIsoDate, todayUtc } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { addCaseNote } from "@/lib/notes/add-case-note";
import { getCaseTimeline, TIMELINE_PAGE_SIZE } from "@/lib/timeline/get-case-timeline";
import { createWorld, validChild, type World } from "./fixtures";

let world: World;

async function register() {
  const result = await registerChild(world.actors.swNdb, validChild());
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return result.data.caseId;
}

const later = (ms: number) => new Date(Date.now() + ms);

beforeAll(async () => {
  world = await createWorld();
});

describe("getCaseTimeline", () => {
  it("merges notes and other events, newest first, with actor names and the notes themselves", async () => {
    const caseId = await register();
    const added = await addCaseNote(world.actors.swNdb, caseId, {
      type: "FOLLOW_UP_VISIT",
      date: toIsoDate(todayUtc()),
      summary: "Visite au centre.",
      nextVisitDate: toIsoDate(new Date(todayUtc().getTime() + 7 * 86_400_000)),
    });
    if (!added.ok) throw new Error("note failed");
    await db.caseEvent.createMany({
      data: [
        { caseId, type: "case.statusChanged", actorId: world.actors.supNdb.userId, data: { from: "REGISTERED", to: "ASSESSMENT" }, at: later(1_000) },
        // A type this code does not know yet (placements arrive later): still shown, generically.
        { caseId, type: "placement.started", actorId: world.actors.supNdb.userId, data: { placementId: "p-1" }, at: later(2_000) },
        { caseId, type: "case.riskSet", actorId: null, data: { riskLevel: "HIGH", reason: "Traite suspectée" }, at: later(3_000) },
      ],
    });

    const page = await getCaseTimeline(world.actors.swNdb, caseId);
    expect(page.isLatest).toBe(true);
    expect(page.olderCursor).toBeNull();
    expect(page.entries.map((e) => e.type)).toEqual([
      "case.riskSet",
      "placement.started",
      "case.statusChanged",
      "case.noteAdded",
      "case.registered",
    ]);
    const [risk, placement, status, noteEntry, registered] = page.entries;
    expect(risk).toMatchObject({ kind: "riskSet", riskLevel: "HIGH", reason: "Traite suspectée", actorName: null });
    expect(placement).toMatchObject({ kind: "generic", type: "placement.started", actorName: "supNdb" });
    expect(placement.at).toBeInstanceOf(Date);
    expect(status).toMatchObject({ kind: "statusChanged", from: "REGISTERED", to: "ASSESSMENT", actorName: "supNdb" });
    expect(noteEntry).toMatchObject({
      kind: "note",
      actorName: "swNdb",
      note: { id: added.data.noteId, type: "FOLLOW_UP_VISIT", summary: "Visite au centre.", authorName: "swNdb" },
    });
    if (noteEntry.kind !== "note") throw new Error("not a note");
    expect(noteEntry.note.nextVisitDate).toEqual(new Date(todayUtc().getTime() + 7 * 86_400_000));
    expect(registered).toMatchObject({ kind: "registered", actorName: "swNdb" });
  });

  it("pages through a long timeline, newest first, without gaps or repeats, also among events with the same time", async () => {
    const caseId = await register();
    const base = later(10_000).getTime();
    // 70 events; groups of five share their timestamp, as events written in one transaction do.
    await db.caseEvent.createMany({
      data: Array.from({ length: 70 }, (_, i) => ({
        caseId,
        type: "case.updated",
        actorId: world.actors.swNdb.userId,
        data: { sections: [`s${i}`] },
        at: new Date(base + Math.floor(i / 5) * 1000),
      })),
    });
    const total = 71; // with case.registered

    const seen: string[] = [];
    let before: string | undefined;
    let pages = 0;
    do {
      const page = await getCaseTimeline(world.actors.supNdb, caseId, { before });
      expect(page.isLatest).toBe(before === undefined);
      expect(page.entries.length).toBeLessThanOrEqual(TIMELINE_PAGE_SIZE);
      seen.push(...page.entries.map((e) => e.id));
      before = page.olderCursor ?? undefined;
      pages += 1;
    } while (before);

    expect(pages).toBe(Math.ceil(total / TIMELINE_PAGE_SIZE));
    expect(new Set(seen).size).toBe(total);
    const rows = await db.caseEvent.findMany({ where: { caseId }, orderBy: [{ at: "desc" }, { id: "desc" }], select: { id: true } });
    expect(seen).toEqual(rows.map((r) => r.id.toString()));
  });

  it("ignores a cursor that is not an event of this case, and starts from the newest", async () => {
    const caseId = await register();
    const other = await register();
    const otherEvent = await db.caseEvent.findFirstOrThrow({ where: { caseId: other } });
    for (const before of [otherEvent.id.toString(), "abc", "99999999999"]) {
      const page = await getCaseTimeline(world.actors.swNdb, caseId, { before });
      expect(page.isLatest).toBe(true);
      expect(page.entries.map((e) => e.type)).toEqual(["case.registered"]);
    }
  });

  it("is a 404 outside the read scope", async () => {
    const caseId = await register();
    for (const key of ["sw2Ndb", "swNkn", "supNkn", "ngoA", "ngoB", "bid", "panel", "me", "admin"] as const) {
      await expect(getCaseTimeline(world.actors[key], caseId), key).rejects.toThrow(NotFoundError);
    }
    await expect(getCaseTimeline(world.actors.swNdb, "nope")).rejects.toThrow(NotFoundError);
    expect((await getCaseTimeline(world.actors.national, caseId)).entries).toHaveLength(1);
  });
});
