import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { fieldErrorsByField } from "@/lib/field-errors";
import { recordCaseEvent } from "./case-events";
import { findCaseForWrite, updateCaseVersioned } from "./case-write";
import { isUuid } from "@/lib/validation/uuid";
import { reassignCaseSchema } from "./reassign.schema";

/**
 * The centre supervisor gives the case to another active social worker of the case's centre.
 * The new worker finds it in their caseload; the previous one can no longer edit it (they still
 * read it if they registered it). Uses the version the supervisor read: stale → ConflictError.
 */
export async function reassignCase(actor: Actor, caseId: string, input: unknown): Promise<WriteResult<{ version: number; toName: string }>> {
  if (!can(actor, "case:assign")) throw new NotFoundError();
  const parsed = reassignCaseSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByField(parsed.error) };
  const { workerId, version } = parsed.data;

  return db.$transaction(async (tx) => {
    const current = await findCaseForWrite(tx, actor, caseId, { permission: "case:assign" });
    // A form read before someone else changed the case is a conflict whatever it asks for: the
    // supervisor has not seen the current assignment (checked before the target, which depends on it).
    if (current.version !== version) {
      const changed = await tx.case.findUniqueOrThrow({
        where: { id: caseId },
        select: { updatedAt: true, lastEditedBy: { select: { name: true } } },
      });
      throw new ConflictError(changed.lastEditedBy?.name ?? null, changed.updatedAt);
    }
    const target = isUuid(workerId)
      ? await tx.user.findFirst({
          where: { id: workerId, role: "SOCIAL_WORKER", active: true, centres: { some: { centreId: current.centreId } } },
          select: { id: true, name: true },
        })
      : null;
    if (!target) return { ok: false as const, fieldErrors: { workerId: "workerNotInCentre" } };
    if (target.id === current.assignedWorkerId) return { ok: false as const, fieldErrors: { workerId: "alreadyAssigned" } };

    const previous = current.assignedWorkerId
      ? await tx.user.findUnique({ where: { id: current.assignedWorkerId }, select: { name: true } })
      : null;
    await updateCaseVersioned(tx, actor, caseId, version, { assignedWorkerId: target.id });
    await recordCaseEvent(tx, caseId, actor.userId, {
      type: "case.reassigned",
      data: { fromName: previous?.name ?? null, toName: target.name },
    });
    await writeAuditEvent(tx, actor.userId, {
      action: "case.reassigned",
      entityType: "Case",
      entityId: caseId,
      before: { assignedWorkerId: current.assignedWorkerId },
      after: { assignedWorkerId: target.id },
    });
    return { ok: true as const, data: { version: version + 1, toName: target.name } };
  });
}
