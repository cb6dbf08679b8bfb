import { describe, expect, it } from "vitest";
import { riskReasonColumns, riskReasonText } from "@/lib/cases/risk-reason";
import { translatorFor } from "@/lib/i18n/messages";
import { toTimelineEntry } from "@/lib/timeline/timeline-entry";

const at = new Date("2026-11-22T09:30:00Z");
const riskSet = (data: unknown) => toTimelineEntry({ id: 1n, type: "case.riskSet", data, at, actorName: null }, new Map());

describe("the risk reason: a code, words only from a worker", () => {
  it("stores a runaway as its code without words, and a worker's reason as OTHER with the words", () => {
    expect(riskReasonColumns({ code: "RAN_AWAY" })).toEqual({ riskReasonCode: "RAN_AWAY", riskReason: null });
    expect(riskReasonColumns({ code: "OTHER", text: "Signes de traite." })).toEqual({ riskReasonCode: "OTHER", riskReason: "Signes de traite." });
  });

  it("shows a runaway in the reader's language and a worker's words as written", () => {
    const ranAway = { riskReasonCode: "RAN_AWAY", riskReason: null } as const;
    expect(riskReasonText(ranAway, translatorFor("fr"))).toBe("Fugue");
    expect(riskReasonText(ranAway, translatorFor("en"))).toBe("Ran away");
    expect(riskReasonText(ranAway, translatorFor("ar"))).toBe("هروب");
    expect(riskReasonText({ riskReasonCode: "OTHER", riskReason: "Signes de traite." }, translatorFor("ar"))).toBe("Signes de traite.");
    expect(riskReasonText({ riskReasonCode: null, riskReason: null }, translatorFor("fr"))).toBeNull();
  });

  it("reads the timeline's risk events with their code; one without a code carries words", () => {
    expect(riskSet({ riskLevel: "HIGH", reasonCode: "RAN_AWAY" })).toMatchObject({ kind: "riskSet", riskLevel: "HIGH", reasonCode: "RAN_AWAY", reason: "" });
    expect(riskSet({ riskLevel: "LOW", reasonCode: "OTHER", reason: "Suivi régulier." })).toMatchObject({ reasonCode: "OTHER", reason: "Suivi régulier." });
    expect(riskSet({ riskLevel: "LOW", reason: "Suivi régulier." })).toMatchObject({ reasonCode: "OTHER", reason: "Suivi régulier." });
    expect(riskSet({ riskLevel: "LOW", reasonCode: "SOMETHING", reason: "x" })).toMatchObject({ reasonCode: "OTHER", reason: "x" });
  });
});
