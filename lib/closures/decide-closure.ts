import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import type { WriteResult } from "@/lib/action-result";
import { decisionSchema, parseVersioned } from "@/lib/approvals/approval.schema";
import { recordCaseEvent } from "@/lib/cases/case-events";
import { canTransition } from "@/lib/cases/case-status";
import { findCaseForWrite, refreshDueDates, updateCaseVersioned } from "@/lib/cases/case-write";
import { isUuid } from "@/lib/validation/uuid";
import { db } from "@/lib/db";
import { InvalidStateError, NotFoundError } from "@/lib/errors";

/**
 * The supervisor approves or rejects (with a reason) the pending closure request. Approval
 * closes the case: read-only from then on, no due dates, until a supervisor reopens it.
 */
export async function decideClosure(actor: Actor, caseId: string, input: unknown): Promise<WriteResult<{ caseVersion: number }>> {
  if (!can(actor, "case:approve") || !isUuid(caseId)) throw new NotFoundError();
  const parsed = parseVersioned(decisionSchema, input);
  if (!parsed.ok) return parsed;
  const { caseVersion, data } = parsed;
  const approve = data.decision === "approve";

  return db.$transaction(async (tx) => {
    const found = await findCaseForWrite(tx, actor, caseId, { permission: "case:approve" });
    const now = new Date();
    await updateCaseVersioned(tx, actor, caseId, caseVersion, approve ? { status: "CLOSED", closedAt: now } : {});
    const pending = await tx.caseClosure.findFirst({ where: { caseId, status: "SUBMITTED" }, select: { id: true, reason: true } });
    if (!pending) throw new InvalidStateError("nothingSubmitted");
    if (approve && !canTransition(found.status, "CLOSED")) throw new InvalidStateError("notAtThisStep");

    const status = approve ? ("APPROVED" as const) : ("REJECTED" as const);
    await tx.caseClosure.update({
      where: { id: pending.id },
      data: { status, decidedById: actor.userId, decidedAt: now, rejectionReason: data.reason },
    });
    await writeAuditEvent(tx, actor.userId, {
      action: approve ? "closure.approved" : "closure.rejected",
      entityType: "CaseClosure",
      entityId: pending.id,
      after: { status, rejectionReason: data.reason, caseStatus: approve ? "CLOSED" : found.status },
    });
    if (data.decision === "reject") {
      await recordCaseEvent(tx, caseId, actor.userId, { type: "closure.rejected", data: { id: pending.id, reason: data.reason } });
    } else {
      await recordCaseEvent(tx, caseId, actor.userId, { type: "closure.approved", data: { id: pending.id, reason: pending.reason } });
      await recordCaseEvent(tx, caseId, actor.userId, { type: "case.statusChanged", data: { from: found.status, to: "CLOSED" } });
      // A closed case has no pending due dates.
      await refreshDueDates(tx, caseId);
    }
    return { ok: true as const, data: { caseVersion: caseVersion + 1 } };
  });
}
