import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { caseEditScope } from "@/lib/auth/scope";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { InvalidStateError, NotFoundError } from "@/lib/errors";
import { recordCaseEvent } from "./case-events";
import { fieldErrorsByField } from "@/lib/field-errors";
import { accessDecisionSchema } from "./duplicate-search.schema";

/**
 * The supervisor of the case's centre grants or denies a pending access request. A granted
 * requester reads the case from then on (lib/auth/scope.ts); the grant goes on the case's
 * timeline. A request on a case outside the supervisor's centres does not exist for them;
 * one already decided is InvalidStateError("alreadyDecided").
 */
export async function decideAccessRequest(actor: Actor, input: unknown): Promise<WriteResult<{ status: "GRANTED" | "DENIED" }>> {
  if (!can(actor, "case:assign")) throw new NotFoundError();
  const parsed = accessDecisionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByField(parsed.error) };
  const { requestId, grant } = parsed.data;
  const status = grant ? "GRANTED" : "DENIED";

  return db.$transaction(async (tx) => {
    const request = await tx.caseAccessRequest.findFirst({
      where: { id: requestId, case: caseEditScope(actor) },
      select: { caseId: true, status: true, requesterId: true, requester: { select: { name: true } } },
    });
    if (!request) throw new NotFoundError();
    // Conditional on PENDING, so two supervisors deciding at once cannot both win.
    const decided = await tx.caseAccessRequest.updateMany({
      where: { id: requestId, status: "PENDING" },
      data: { status, decidedById: actor.userId, decidedAt: new Date() },
    });
    if (decided.count === 0) throw new InvalidStateError("alreadyDecided");

    await writeAuditEvent(tx, actor.userId, {
      action: grant ? "case.accessGranted" : "case.accessDenied",
      entityType: "CaseAccessRequest",
      entityId: requestId,
      before: { status: request.status },
      after: { status, caseId: request.caseId, requesterId: request.requesterId },
    });
    if (grant) {
      await recordCaseEvent(tx, request.caseId, actor.userId, {
        type: "case.accessGranted",
        data: { userName: request.requester.name },
      });
    }
    return { ok: true as const, data: { status } };
  });
}
