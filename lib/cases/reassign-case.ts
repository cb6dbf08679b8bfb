import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { fieldErrorsByField } from "@/lib/field-errors";
import { findCaseForWrite } from "./case-write";
import { isUuid } from "@/lib/validation/uuid";
import { reassignCaseSchema } from "./reassign.schema";
import { writeReassignment } from "./reassign-write";

/**
 * The centre supervisor gives the case to another active social worker of the case's centre.
 * The new worker finds it in their caseload; the previous one can no longer edit it (they still
 * read it if they registered it). Uses the version the supervisor read: stale → ConflictError.
 * The reason is required and kept on the timeline entry and the audit event.
 */
export async function reassignCase(actor: Actor, caseId: string, input: unknown): Promise<WriteResult<{ version: number; toName: string }>> {
  if (!can(actor, "case:assign")) throw new NotFoundError();
  const parsed = reassignCaseSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByField(parsed.error) };
  const { workerId, version, reason } = parsed.data;

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
    await writeReassignment(tx, actor, { id: caseId, version, assignedWorkerId: current.assignedWorkerId }, previous?.name ?? null, target, reason);
    return { ok: true as const, data: { version: version + 1, toName: target.name } };
  });
}
