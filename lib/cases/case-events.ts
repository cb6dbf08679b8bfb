import "server-only";
import type { Tx } from "@/lib/db";
import type { ChildWellbeing, SchoolAttendance } from "@/lib/generated/prisma/enums";

/**
 * Everything that can appear on a case's timeline. The timeline takes any event: later features
 * (placements, BID decisions) add members here and a label in messages/*.json (timeline.<type>).
 * `data` holds what the timeline shows — never more sensitive than the case page itself.
 */
export type CaseEventInput =
  // The child's foster family was suspended: the placement needs a review (ADR 0010).
  | { type: "placement.reviewFlagged"; data: { placementId: string; householdName: string; reason: string } }
  | { type: "placement.reviewCompleted"; data: { placementId: string; reason: string } }
  // A monitoring visit of the child's foster family: what was found for this child (a follow-up contact when seen).
  | {
      type: "fosterFamily.visitRecorded";
      data: {
        visitId: string;
        householdName: string;
        date: string;
        seen: boolean;
        seenAlone: boolean;
        wellbeing: ChildWellbeing | null;
        schoolAttendance: SchoolAttendance;
        childViews: string | null;
      };
    }
  | { type: "case.registered"; data: { caseNumber: string } }
  | { type: "case.updated"; data: { sections: string[] } }
  | { type: "case.statusChanged"; data: { from: string; to: string } }
  // A runaway's reason is a code (translated where shown); only a worker's own words are text.
  | { type: "case.riskSet"; data: { riskLevel: string; reasonCode: "RAN_AWAY" } | { riskLevel: string; reasonCode: "OTHER"; reason: string } }
  | { type: "case.reassigned"; data: { fromName: string | null; toName: string; reason?: string } }
  | { type: "case.noteAdded"; data: { noteId: string; noteType: string } }
  | { type: "assessment.submitted" | "assessment.approved" | "casePlan.submitted" | "casePlan.approved"; data: { id: string } }
  | { type: "assessment.rejected" | "casePlan.rejected"; data: { id: string; reason: string } }
  | { type: "closure.requested"; data: { id: string; reason: string } }
  | { type: "closure.approved"; data: { id: string; reason: string } }
  | { type: "closure.rejected"; data: { id: string; reason: string } }
  | { type: "case.reopened"; data: { reason: string } }
  | { type: "case.accessGranted"; data: { userName: string } }
  | { type: "bid.referred"; data: { id: string; reason: string } }
  | { type: "bid.scheduled" | "bid.returnedToQueue"; data: { id: string; sessionId: string } }
  | { type: "bid.decisionSigned"; data: { id: string; outcome: string } }
  | { type: "bid.decisionSuperseded"; data: { id: string; reason: string } }
  // Placements: admission, discharge, transfer (ADR 0010)
  | { type: "placement.started"; data: { placementId: string; placementType: string; startDate: string } }
  | { type: "placement.ended"; data: { placementId: string; endReason: string; endDate: string } }
  | {
      type: "placement.transferred";
      data: { fromPlacementId: string; placementId: string; fromCentre: string; toCentre: string; date: string };
    };

export type CaseEventType = CaseEventInput["type"];

export async function recordCaseEvent(tx: Tx, caseId: string, actorId: string | null, event: CaseEventInput): Promise<void> {
  await tx.caseEvent.create({
    data: { caseId, actorId, type: event.type, data: event.data },
  });
}
