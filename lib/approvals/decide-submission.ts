import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { writeAuditEvent, type AuditEvent } from "@/lib/audit/write-audit-event";
import { recordCaseEvent, type CaseEventInput } from "@/lib/cases/case-events";
import { canTransition } from "@/lib/cases/case-status";
import { findCaseForWrite, refreshDueDates, updateCaseVersioned } from "@/lib/cases/case-write";
import { isUuid } from "@/lib/validation/uuid";
import { db, type Tx } from "@/lib/db";
import type { CaseStatus } from "@/lib/generated/prisma/client";
import { InvalidStateError, NotFoundError } from "@/lib/errors";
import type { WriteResult } from "@/lib/action-result";
import { decisionSchema, parseVersioned } from "./approval.schema";

type DecisionBefore = { status: "SUBMITTED"; caseStatus: CaseStatus };
type DecisionAfter = { status: Decided["status"]; rejectionReason: string | null; caseStatus: CaseStatus };

type Decided = { status: "APPROVED" | "REJECTED"; decidedById: string; decidedAt: Date; rejectionReason: string | null };

/** What differs between deciding an assessment and deciding a case plan. */
const SUBMISSIONS = {
  assessment: {
    nextStatus: "CASE_PLAN",
    findSubmitted: (tx: Tx, caseId: string) => tx.assessment.findFirst({ where: { caseId, status: "SUBMITTED" }, select: { id: true } }),
    decide: (tx: Tx, id: string, data: Decided) => tx.assessment.update({ where: { id }, data }),
    audit: (approve: boolean, entityId: string, before: DecisionBefore, after: DecisionAfter): AuditEvent => ({
      action: approve ? "assessment.approved" : "assessment.rejected",
      entityType: "Assessment",
      entityId,
      before,
      after,
    }),
    event: (id: string, reason: string | null): CaseEventInput =>
      reason === null ? { type: "assessment.approved", data: { id } } : { type: "assessment.rejected", data: { id, reason } },
  },
  casePlan: {
    nextStatus: "IMPLEMENTATION",
    findSubmitted: (tx: Tx, caseId: string) => tx.casePlan.findFirst({ where: { caseId, status: "SUBMITTED" }, select: { id: true } }),
    decide: (tx: Tx, id: string, data: Decided) => tx.casePlan.update({ where: { id }, data }),
    audit: (approve: boolean, entityId: string, before: DecisionBefore, after: DecisionAfter): AuditEvent => ({
      action: approve ? "casePlan.approved" : "casePlan.rejected",
      entityType: "CasePlan",
      entityId,
      before,
      after,
    }),
    event: (id: string, reason: string | null): CaseEventInput =>
      reason === null ? { type: "casePlan.approved", data: { id } } : { type: "casePlan.rejected", data: { id, reason } },
  },
} satisfies Record<string, { nextStatus: CaseStatus } & Record<string, unknown>>;

/**
 * The supervisor approves or rejects (with a reason) what was submitted for approval. Approval
 * moves the case to the next step (assessment → CASE_PLAN, case plan → IMPLEMENTATION) and
 * restarts the due dates; a rejection leaves the case where it is.
 */
export async function decideSubmission(
  kind: keyof typeof SUBMISSIONS,
  actor: Actor,
  caseId: string,
  input: unknown,
): Promise<WriteResult<{ caseVersion: number }>> {
  if (!can(actor, "case:approve") || !isUuid(caseId)) throw new NotFoundError();
  const parsed = parseVersioned(decisionSchema, input);
  if (!parsed.ok) return parsed;
  const { caseVersion, data } = parsed;
  const approve = data.decision === "approve";
  const submission = SUBMISSIONS[kind];
  const nextStatus = submission.nextStatus;

  return db.$transaction(async (tx) => {
    const found = await findCaseForWrite(tx, actor, caseId, { permission: "case:approve" });
    await updateCaseVersioned(tx, actor, caseId, caseVersion, approve ? { status: nextStatus } : {});
    const submitted = await submission.findSubmitted(tx, caseId);
    if (!submitted) throw new InvalidStateError("nothingSubmitted");
    if (approve && !canTransition(found.status, nextStatus)) throw new InvalidStateError("notAtThisStep");

    const status = approve ? ("APPROVED" as const) : ("REJECTED" as const);
    await submission.decide(tx, submitted.id, { status, decidedById: actor.userId, decidedAt: new Date(), rejectionReason: data.reason });
    await writeAuditEvent(
      tx,
      actor.userId,
      submission.audit(
        approve,
        submitted.id,
        { status: "SUBMITTED", caseStatus: found.status },
        { status, rejectionReason: data.reason, caseStatus: approve ? nextStatus : found.status },
      ),
    );
    await recordCaseEvent(tx, caseId, actor.userId, submission.event(submitted.id, approve ? null : (data.reason ?? "")));
    if (approve) {
      await recordCaseEvent(tx, caseId, actor.userId, { type: "case.statusChanged", data: { from: found.status, to: nextStatus } });
      await refreshDueDates(tx, caseId);
    }
    return { ok: true as const, data: { caseVersion: caseVersion + 1 } };
  });
}
