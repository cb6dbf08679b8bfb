import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import type { WriteResult } from "@/lib/action-result";
import { parseVersioned } from "@/lib/approvals/approval.schema";
import { recordCaseEvent } from "@/lib/cases/case-events";
import { isClosable } from "@/lib/cases/case-status";
import { findCaseForWrite, updateCaseVersioned } from "@/lib/cases/case-write";
import { isUuid } from "@/lib/validation/uuid";
import { db } from "@/lib/db";
import { InvalidStateError, NotFoundError } from "@/lib/errors";
import { closureRequestSchema } from "./closure.schema";

/** The worker asks to close the case, with a reason from the list and a summary; the supervisor decides. */
export async function requestClosure(actor: Actor, caseId: string, input: unknown): Promise<WriteResult<{ closureId: string; caseVersion: number }>> {
  if (!can(actor, "case:edit") || !isUuid(caseId)) throw new NotFoundError();
  const parsed = parseVersioned(closureRequestSchema, input);
  if (!parsed.ok) return parsed;
  const { caseVersion, data } = parsed;

  return db.$transaction(async (tx) => {
    const found = await findCaseForWrite(tx, actor, caseId, { permission: "case:edit" });
    await updateCaseVersioned(tx, actor, caseId, caseVersion, {});
    if (!isClosable(found.status)) throw new InvalidStateError("notAtThisStep");
    if ((await tx.caseClosure.count({ where: { caseId, status: "SUBMITTED" } })) > 0) throw new InvalidStateError("alreadySubmitted");

    const closure = await tx.caseClosure.create({
      data: { caseId, reason: data.reason, summary: data.summary, requestedById: actor.userId },
      select: { id: true },
    });
    await writeAuditEvent(tx, actor.userId, {
      action: "closure.requested",
      entityType: "CaseClosure",
      entityId: closure.id,
      after: { caseId, status: "SUBMITTED", reason: data.reason, summary: data.summary },
    });
    await recordCaseEvent(tx, caseId, actor.userId, { type: "closure.requested", data: { id: closure.id, reason: data.reason } });
    return { ok: true as const, data: { closureId: closure.id, caseVersion: caseVersion + 1 } };
  });
}
