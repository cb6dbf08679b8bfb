import { describe, expect, it } from "vitest";
import { toTimelineEntry, type StoredEvent } from "@/lib/timeline/timeline-entry";

const at = new Date("2026-11-22T09:30:00Z");
const event = (type: string, data: unknown): StoredEvent => ({ id: 1n, type, data, at, actorName: "Sidi Ould Cheikh" });
const none = new Map();

describe("placement events on the timeline", () => {
  it("carry the placement type, the end reason or the two centres", () => {
    expect(toTimelineEntry(event("placement.started", { placementId: "p", placementType: "KINSHIP_CARE", startDate: "2026-11-20" }), none)).toMatchObject({
      kind: "placementStarted",
      placementType: "KINSHIP_CARE",
    });
    expect(toTimelineEntry(event("placement.ended", { placementId: "p", endReason: "RAN_AWAY", endDate: "2026-11-20" }), none)).toMatchObject({
      kind: "placementEnded",
      endReason: "RAN_AWAY",
    });
    expect(
      toTimelineEntry(event("placement.transferred", { fromCentre: "CPISE Nouadhibou", toCentre: "CPISE Nouakchott Ouest", date: "2026-11-20" }), none),
    ).toMatchObject({ kind: "placementTransferred", fromCentre: "CPISE Nouadhibou", toCentre: "CPISE Nouakchott Ouest" });
  });

  it("fall back to a generic entry when the data is not what they expect", () => {
    expect(toTimelineEntry(event("placement.started", { placementType: "HOTEL" }), none).kind).toBe("generic");
    expect(toTimelineEntry(event("placement.ended", {}), none).kind).toBe("generic");
    expect(toTimelineEntry(event("placement.transferred", { fromCentre: 3 }), none).kind).toBe("generic");
  });
});
