import { describe, expect, it } from "vitest";
import { noteIdsOf, toTimelineEntry, type StoredEvent, type TimelineNote } from "@/lib/timeline/timeline-entry";

const at = new Date("2026-11-22T09:30:00Z");
const event = (type: string, data: unknown, id = 1n): StoredEvent => ({ id, type, data, at, actorName: "Aminata Sy" });
const note: TimelineNote = {
  id: "7d3c1a52-6b0e-4f3e-9a43-0a6f2b1c9d10",
  type: "FOLLOW_UP_VISIT",
  date: new Date("2026-11-21T00:00:00Z"),
  summary: "Visite",
  nextVisitDate: null,
  authorName: "Aminata Sy",
};
const notes = new Map([[note.id, note]]);

describe("timeline entries", () => {
  it("maps known events to their typed detail, keeping id, type, date and actor", () => {
    expect(toTimelineEntry(event("case.statusChanged", { from: "REGISTERED", to: "ASSESSMENT" }, 42n), notes)).toEqual({
      kind: "statusChanged",
      from: "REGISTERED",
      to: "ASSESSMENT",
      id: "42",
      type: "case.statusChanged",
      at,
      actorName: "Aminata Sy",
    });
    expect(toTimelineEntry(event("case.reassigned", { fromName: null, toName: "Oumar Ba" }), notes)).toMatchObject({
      kind: "reassigned",
      fromName: null,
      toName: "Oumar Ba",
    });
    expect(toTimelineEntry(event("case.noteAdded", { noteId: note.id, noteType: "FOLLOW_UP_VISIT" }), notes)).toMatchObject({
      kind: "note",
      note,
    });
    expect(toTimelineEntry(event("closure.requested", { id: "x", reason: "REUNIFIED" }), notes)).toMatchObject({
      kind: "withReason",
      reason: "REUNIFIED",
    });
    expect(toTimelineEntry(event("case.updated", { sections: ["family", 3] }), notes)).toMatchObject({
      kind: "updated",
      sections: ["family"],
    });
    expect(toTimelineEntry(event("assessment.approved", { id: "x" }), notes)).toMatchObject({ kind: "generic" });
  });

  it("renders any unknown (future) type, and known types with unexpected data, generically", () => {
    expect(toTimelineEntry(event("placement.started", { placementId: "p" }), notes)).toEqual({
      kind: "generic",
      id: "1",
      type: "placement.started",
      at,
      actorName: "Aminata Sy",
    });
    expect(toTimelineEntry(event("case.statusChanged", { from: "NOPE", to: "CLOSED" }), notes).kind).toBe("generic");
    expect(toTimelineEntry(event("case.riskSet", null), notes).kind).toBe("generic");
    expect(toTimelineEntry(event("case.noteAdded", { noteId: "missing" }), notes).kind).toBe("generic");
  });

  it("collects the note ids of note events only", () => {
    const events = [
      event("case.noteAdded", { noteId: "a" }),
      event("case.registered", { caseNumber: "NDB-2026-0001", noteId: "b" }),
      event("case.noteAdded", { noteId: 5 }),
      event("case.noteAdded", { noteId: "c" }),
    ];
    expect(noteIdsOf(events)).toEqual(["a", "c"]);
  });
});
