import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";

/**
 * Every kind of audit event, as a typed union: adding a write means adding its event here.
 * `before`/`after` hold the changed fields (never password hashes).
 */
export type AuditEvent =
  // Placements: admission (over capacity: with the supervisor's reason), discharge, transfer (issue 4)
  | { action: "placement.admitted" | "placement.admittedOverCapacity"; entityType: "Placement"; entityId: string; after: Prisma.InputJsonValue }
  | {
      action: "placement.discharged" | "placement.transferred";
      entityType: "Placement";
      entityId: string;
      before: Prisma.InputJsonValue;
      after: Prisma.InputJsonValue;
    }
  // Foster families and the review flag their suspension puts on placements (issue 4)
  | { action: "fosterFamily.registered"; entityType: "FosterFamily"; entityId: string; after: Prisma.InputJsonValue }
  | { action: "fosterFamily.updated" | "fosterFamily.statusChanged"; entityType: "FosterFamily"; entityId: string; before: Prisma.InputJsonValue; after: Prisma.InputJsonValue }
  | { action: "fosterFamily.visitRecorded"; entityType: "FosterFamilyVisit"; entityId: string; after: Prisma.InputJsonValue }
  | { action: "placement.reviewFlagged" | "placement.reviewCompleted"; entityType: "Placement"; entityId: string; before: Prisma.InputJsonValue; after: Prisma.InputJsonValue }
  | { action: "case.registered"; entityType: "Case"; entityId: string; after: Prisma.InputJsonValue }
  // The case file downloaded as a PDF (issue 6): who, which case, in which language
  | { action: "case.exportedPdf"; entityType: "Case"; entityId: string; after: Prisma.InputJsonValue }
  | { action: "case.duplicateSearch"; entityType: "Case"; entityId: null; after: Prisma.InputJsonValue }
  | { action: "case.accessRequested"; entityType: "CaseAccessRequest"; entityId: string; after: Prisma.InputJsonValue }
  | {
      action: "case.accessGranted" | "case.accessDenied";
      entityType: "CaseAccessRequest";
      entityId: string;
      before: Prisma.InputJsonValue;
      after: Prisma.InputJsonValue;
    }
  | { action: "case.noteAdded"; entityType: "CaseNote"; entityId: string; after: Prisma.InputJsonValue }
  | { action: "case.reassigned"; entityType: "Case"; entityId: string; before: Prisma.InputJsonValue; after: Prisma.InputJsonValue }
  | { action: "auth.login.succeeded"; entityType: "User"; entityId: string }
  | { action: "auth.login.failed"; entityType: "User" | "LoginThrottle"; entityId: string | null; after: Prisma.InputJsonValue }
  | { action: "auth.account.locked"; entityType: "User" | "LoginThrottle"; entityId: string | null; after: Prisma.InputJsonValue }
  | { action: "auth.logout"; entityType: "User"; entityId: string }
  // A rate limit refused an attempt (the first refusal of each window): which policy, its numbers, whose
  | { action: "rateLimit.exceeded"; entityType: "RateLimit"; entityId: string; after: Prisma.InputJsonValue }
  | { action: "case.sectionUpdated"; entityType: "Case"; entityId: string; before: Prisma.InputJsonValue; after: Prisma.InputJsonValue }
  | { action: "case.riskSet"; entityType: "Case"; entityId: string; before: Prisma.InputJsonValue; after: Prisma.InputJsonValue }
  | { action: "case.photoChanged"; entityType: "Case"; entityId: string; before: Prisma.InputJsonValue; after: Prisma.InputJsonValue }
  | { action: "config.timelinesUpdated"; entityType: "Setting"; entityId: string; before: Prisma.InputJsonValue; after: Prisma.InputJsonValue }
  | {
      action: "assessment.saved" | "assessment.submitted" | "assessment.approved" | "assessment.rejected";
      entityType: "Assessment";
      entityId: string;
      before?: Prisma.InputJsonValue;
      after: Prisma.InputJsonValue;
    }
  | {
      action: "casePlan.saved" | "casePlan.submitted" | "casePlan.approved" | "casePlan.rejected";
      entityType: "CasePlan";
      entityId: string;
      before?: Prisma.InputJsonValue;
      after: Prisma.InputJsonValue;
    }
  | { action: "closure.requested" | "closure.approved" | "closure.rejected"; entityType: "CaseClosure"; entityId: string; after: Prisma.InputJsonValue }
  | { action: "case.reopened"; entityType: "Case"; entityId: string; before: Prisma.InputJsonValue; after: Prisma.InputJsonValue }
  // BID coordination (issue 5, coordinator side)
  | { action: "bid.referred" | "bid.tracingRecorded"; entityType: "BidReferral"; entityId: string; before?: Prisma.InputJsonValue; after: Prisma.InputJsonValue }
  | { action: "bid.rosterSaved" | "bid.undertakingSigned"; entityType: "PanelMember"; entityId: string; before?: Prisma.InputJsonValue; after: Prisma.InputJsonValue }
  | {
      action:
        | "bid.sessionScheduled"
        | "bid.sessionUpdated"
        | "bid.sessionPublished"
        | "bid.sessionCancelled"
        | "bid.sessionPostponed"
        | "bid.agendaAdded"
        | "bid.agendaRemoved"
        | "bid.agendaMoved"
        | "bid.agendaPresenterSet";
      entityType: "BidSession";
      entityId: string;
      before?: Prisma.InputJsonValue;
      after: Prisma.InputJsonValue;
    }
  | { action: "config.bidUpdated"; entityType: "Setting"; entityId: string; before: Prisma.InputJsonValue; after: Prisma.InputJsonValue }
  // BID panels (issue 5, panel side)
  | { action: "bid.conflictDeclared"; entityType: "BidAgendaItem"; entityId: string; before?: Prisma.InputJsonValue; after: Prisma.InputJsonValue }
  | { action: "bid.attendanceRecorded"; entityType: "BidSession"; entityId: string; before: Prisma.InputJsonValue; after: Prisma.InputJsonValue }
  | {
      action: "bid.decisionSaved" | "bid.decisionSigned" | "bid.decisionSuperseded";
      entityType: "BidDecision";
      entityId: string;
      before?: Prisma.InputJsonValue;
      after: Prisma.InputJsonValue;
    }
  // Exports (issue 6): who asked for which file (kind, filters or period, language), who downloaded it
  | { action: "export.requested"; entityType: "ExportJob"; entityId: string; after: Prisma.InputJsonValue }
  | { action: "export.downloaded"; entityType: "ExportJob"; entityId: string; after: Prisma.InputJsonValue };

/** Writes the audit event with the transaction client of the change it describes. */
export async function writeAuditEvent(tx: Tx, actorId: string | null, event: AuditEvent): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      before: "before" in event ? (event.before as Prisma.InputJsonValue) : undefined,
      after: "after" in event ? event.after : undefined,
    },
  });
}
