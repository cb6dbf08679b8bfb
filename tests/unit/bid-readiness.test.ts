import { describe, expect, it } from "vitest";
import { checkReadiness, READINESS_ITEMS, type ReadinessFacts, type ReadinessItem } from "@/lib/bid/readiness";
import { waitingDays } from "@/lib/bid/waiting-days";

const ready: ReadinessFacts = {
  assessment: { status: "APPROVED", childViews: "Je veux rentrer.", recommendation: "Réunification" },
  familyTracingResult: "Mère retrouvée à Kayes",
  case: { consentRecordedAt: new Date("2026-10-01T00:00:00Z"), consentGivenBy: "CHILD", preferredLanguage: "bm" },
};

describe("checkReadiness", () => {
  it("a complete dossier is ready, every item done", () => {
    const result = checkReadiness(ready);
    expect(result.ready).toBe(true);
    expect(result.missing).toEqual([]);
    expect(result.items.map((i) => i.item)).toEqual([...READINESS_ITEMS]);
  });

  it.each<[string, ReadinessFacts, ReadinessItem[]]>([
    ["BIA not approved", { ...ready, assessment: { ...ready.assessment!, status: "SUBMITTED" } }, ["biaApproved"]],
    ["no assessment at all", { ...ready, assessment: null }, ["biaApproved", "childViews", "recommendation"]],
    ["child's views blank", { ...ready, assessment: { ...ready.assessment!, childViews: "   " } }, ["childViews"]],
    ["no family tracing result", { ...ready, familyTracingResult: null }, ["familyTracing"]],
    ["blank family tracing result", { ...ready, familyTracingResult: " " }, ["familyTracing"]],
    ["no recommendation", { ...ready, assessment: { ...ready.assessment!, recommendation: "" } }, ["recommendation"]],
    ["consent date missing", { ...ready, case: { ...ready.case, consentRecordedAt: null } }, ["consent"]],
    ["consent giver missing", { ...ready, case: { ...ready.case, consentGivenBy: null } }, ["consent"]],
    ["no interpreter language", { ...ready, case: { ...ready.case, preferredLanguage: null } }, ["interpreterLanguage"]],
    [
      "several missing, in checklist order",
      { ...ready, familyTracingResult: null, case: { consentRecordedAt: null, consentGivenBy: null, preferredLanguage: "" } },
      ["familyTracing", "consent", "interpreterLanguage"],
    ],
  ])("%s", (_label, facts, missing) => {
    const result = checkReadiness(facts);
    expect(result.ready).toBe(false);
    expect(result.missing).toEqual(missing);
    expect(result.items.filter((i) => !i.done).map((i) => i.item)).toEqual(missing);
  });
});

describe("waitingDays", () => {
  it.each([
    ["2026-11-22T08:00:00Z", "2026-11-22T20:00:00Z", 0],
    ["2026-11-21T23:59:00Z", "2026-11-22T00:01:00Z", 1],
    ["2026-11-01T10:00:00Z", "2026-11-22T09:00:00Z", 21],
    ["2026-11-23T10:00:00Z", "2026-11-22T09:00:00Z", 0],
  ])("referred %s, now %s → %i days", (referred, now, days) => {
    expect(waitingDays(new Date(referred), new Date(now))).toBe(days);
  });
});
