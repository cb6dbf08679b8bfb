import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import type { WriteResult } from "@/lib/action-result";
import { parseVersioned } from "@/lib/approvals/approval.schema";
import { recordCaseEvent } from "@/lib/cases/case-events";
import { canTransition, reopenStatus } from "@/lib/cases/case-status";
import { findCaseForWrite, refreshDueDates, updateCaseVersioned } from "@/lib/cases/case-write";
import { isUuid } from "@/lib/validation/uuid";
import { db } from "@/lib/db";
import { InvalidStateError, NotFoundError } from "@/lib/errors";
import { reopenSchema } from "./closure.schema";

/**
 * The supervisor reopens a closed case, with a reason. It goes back to FOLLOW_UP if a case plan
 * was approved, else to ASSESSMENT (lib/cases/case-status.ts reopenStatus); the due dates return.
 */
export async function reopenCase(actor: Actor, caseId: string, input: unknown): Promise<WriteResult<{ caseVersion: number }>> {
  if (!can(actor, "case:approve") || !isUuid(caseId)) throw new NotFoundError();
  const parsed = parseVersioned(reopenSchema, input);
  if (!parsed.ok) return parsed;
  const { caseVersion, data } = parsed;

  return db.$transaction(async (tx) => {
    const found = await findCaseForWrite(tx, actor, caseId, { permission: "case:approve", allowClosed: true });
    const planApproved = (await tx.casePlan.count({ where: { caseId, status: "APPROVED" } })) > 0;
    const to = reopenStatus(planApproved);
    await updateCaseVersioned(tx, actor, caseId, caseVersion, { status: to, closedAt: null });
    if (found.status !== "CLOSED" || !canTransition(found.status, to)) throw new InvalidStateError("caseNotClosed");

    await writeAuditEvent(tx, actor.userId, {
      action: "case.reopened",
      entityType: "Case",
      entityId: caseId,
      before: { status: found.status },
      after: { status: to, reason: data.reason },
    });
    await recordCaseEvent(tx, caseId, actor.userId, { type: "case.reopened", data: { reason: data.reason } });
    await recordCaseEvent(tx, caseId, actor.userId, { type: "case.statusChanged", data: { from: found.status, to } });
    await refreshDueDates(tx, caseId);
    return { ok: true as const, data: { caseVersion: caseVersion + 1 } };
  });
}
