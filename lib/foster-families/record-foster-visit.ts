import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { toIsoDate } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { InvalidStateError, NotFoundError } from "@/lib/errors";
import { applyFamilyStatusChange } from "./change-foster-family-status";
import { fieldErrorsByPath } from "@/lib/field-errors";
import { fosterVisitSchema } from "./foster-family.schema";
import { findFamilyForWrite } from "./foster-scope";

/**
 * Records a monitoring visit of one's own organisation's family; its "next visit due" becomes the
 * family's. With `suspend`, the visit's concern suspends an approved family and flags its active
 * placements for review — all in one transaction.
 */
export async function recordFosterVisit(actor: Actor, familyId: string, input: unknown): Promise<WriteResult<{ visitId: string; suspended: boolean; flaggedPlacements: number }>> {
  if (!can(actor, "foster:manage")) throw new NotFoundError();
  const parsed = fosterVisitSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByPath(parsed.error) };
  const visit = parsed.data;

  return db.$transaction(async (tx) => {
    const family = await findFamilyForWrite(tx, actor, familyId, visit.version);
    if (visit.suspend && family.vettingStatus !== "APPROVED") throw new InvalidStateError("onlyApprovedSuspended");
    const created = await tx.fosterFamilyVisit.create({
      data: {
        fosterFamilyId: familyId,
        date: visit.date,
        visitedById: actor.userId,
        visitors: visit.visitors,
        observations: visit.observations,
        concerns: visit.concerns,
        suspendedFamily: visit.suspend,
        nextVisitDueAt: visit.nextVisitDueAt,
      },
      select: { id: true },
    });
    await tx.fosterFamily.update({ where: { id: familyId }, data: { nextVisitDueAt: visit.nextVisitDueAt, version: { increment: 1 } } });
    await writeAuditEvent(tx, actor.userId, {
      action: "fosterFamily.visitRecorded",
      entityType: "FosterFamilyVisit",
      entityId: created.id,
      after: {
        fosterFamilyId: familyId,
        date: toIsoDate(visit.date),
        visitors: visit.visitors,
        observations: visit.observations,
        concerns: visit.concerns,
        suspendedFamily: visit.suspend,
        nextVisitDueAt: visit.nextVisitDueAt ? toIsoDate(visit.nextVisitDueAt) : null,
      },
    });
    let flaggedPlacements = 0;
    if (visit.suspend) {
      ({ flaggedPlacements } = await applyFamilyStatusChange(tx, actor, family, "SUSPENDED", visit.concerns));
    }
    return { ok: true as const, data: { visitId: created.id, suspended: visit.suspend, flaggedPlacements } };
  });
}
