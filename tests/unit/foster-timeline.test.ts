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
