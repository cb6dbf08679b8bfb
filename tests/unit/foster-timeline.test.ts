import { describe, expect, it } from "vitest";
import { toTimelineEntry } from "@/lib/timeline/timeline-entry";
import fr from "@/messages/fr.json";

describe("placement.reviewFlagged on the case timeline", () => {
  it("shows its label and the suspension reason", () => {
    const entry = toTimelineEntry(
      { id: 1n, type: "placement.reviewFlagged", data: { placementId: "p", householdName: "Famille Ba", reason: "Violence signalée" }, at: new Date(), actorName: "Fatou Diop" },
      new Map(),
    );
    expect(entry).toMatchObject({ kind: "withReason", reason: "Violence signalée", type: "placement.reviewFlagged" });
    expect(fr.timeline.events.placement.reviewFlagged).toMatch(/réviser/);
  });
});

describe("fosterFamily.visitRecorded on the case timeline", () => {
  const event = (data: Record<string, unknown>) => ({ id: 2n, type: "fosterFamily.visitRecorded", data, at: new Date(), actorName: "Fatou Diop" });
  const stored = { visitId: "v", householdName: "Famille Ba", date: "2026-12-03", seen: true, seenAlone: true, wellbeing: "GOOD", schoolAttendance: "REGULAR", childViews: "Je vais bien." };

  it("shows what the visit found for the child", () => {
    expect(toTimelineEntry(event(stored), new Map())).toMatchObject({
      kind: "fosterVisit",
      visit: { householdName: "Famille Ba", date: "2026-12-03", seen: true, seenAlone: true, wellbeing: "GOOD", schoolAttendance: "REGULAR", childViews: "Je vais bien." },
    });
    expect(toTimelineEntry(event({ ...stored, seen: false, seenAlone: false, wellbeing: null, childViews: null }), new Map())).toMatchObject({
      kind: "fosterVisit",
      visit: { seen: false, wellbeing: null, childViews: null },
    });
  });

  it("falls back to a generic entry when the data has not the expected shape", () => {
    expect(toTimelineEntry(event({ ...stored, schoolAttendance: "SOMETIMES" }), new Map())).toMatchObject({ kind: "generic" });
    expect(toTimelineEntry(event({ ...stored, seen: "yes" }), new Map())).toMatchObject({ kind: "generic" });
  });
});
