import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { decisionSchema, parseVersioned, type WriteResult } from "@/lib/approvals/approval.schema";
import { recordCaseEvent } from "@/lib/cases/case-events";
import { canTransition } from "@/lib/cases/case-status";
import { findCaseForWrite, isUuid, refreshDueDates, updateCaseVersioned } from "@/lib/cases/case-write";
import { db } from "@/lib/db";
import { InvalidStateError, NotFoundError } from "@/lib/errors";

/**
 * The supervisor approves or rejects (with a reason) the submitted case plan. Approval moves the
 * case from CASE_PLAN to IMPLEMENTATION and starts the follow-up due dates.
 */
export async function decideCasePlan(actor: Actor, caseId: string, input: unknown): Promise<WriteResult<{ caseVersion: number }>> {
  if (!can(actor, "case:approve") || !isUuid(caseId)) throw new NotFoundError();
  const parsed = parseVersioned(decisionSchema, input);
  if (!parsed.ok) return parsed;
  const { caseVersion, data } = parsed;
  const approve = data.decision === "approve";

  return db.$transaction(async (tx) => {
    const found = await findCaseForWrite(tx, actor, caseId, { permission: "case:approve" });
    await updateCaseVersioned(tx, actor, caseId, caseVersion, approve ? { status: "IMPLEMENTATION" } : {});
    const submitted = await tx.casePlan.findFirst({ where: { caseId, status: "SUBMITTED" }, select: { id: true } });
    if (!submitted) throw new InvalidStateError("nothingSubmitted");
    if (approve && !canTransition(found.status, "IMPLEMENTATION")) throw new InvalidStateError("notAtThisStep");

    const status = approve ? ("APPROVED" as const) : ("REJECTED" as const);
    await tx.casePlan.update({
      where: { id: submitted.id },
      data: { status, decidedById: actor.userId, decidedAt: new Date(), rejectionReason: data.reason },
    });
    await writeAuditEvent(tx, actor.userId, {
      action: approve ? "casePlan.approved" : "casePlan.rejected",
      entityType: "CasePlan",
      entityId: submitted.id,
      before: { status: "SUBMITTED", caseStatus: found.status },
      after: { status, rejectionReason: data.reason, caseStatus: approve ? "IMPLEMENTATION" : found.status },
    });
    if (data.decision === "reject") {
      await recordCaseEvent(tx, caseId, actor.userId, { type: "casePlan.rejected", data: { id: submitted.id, reason: data.reason } });
    } else {
      await recordCaseEvent(tx, caseId, actor.userId, { type: "casePlan.approved", data: { id: submitted.id } });
      await recordCaseEvent(tx, caseId, actor.userId, { type: "case.statusChanged", data: { from: found.status, to: "IMPLEMENTATION" } });
      await refreshDueDates(tx, caseId);
    }
    return { ok: true as const, data: { caseVersion: caseVersion + 1 } };
  });
}
