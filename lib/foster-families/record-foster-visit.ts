import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { recordCaseEvent } from "@/lib/cases/case-events";
import { refreshDueDates } from "@/lib/cases/case-write";
import { toIsoDate } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { InvalidStateError, NotFoundError } from "@/lib/errors";
import { applyFamilyStatusChange } from "./change-foster-family-status";
import { fieldErrorsByPath } from "@/lib/field-errors";
import { fosterVisitSchema } from "./foster-family.schema";
import { findFamilyForWrite } from "./foster-scope";
import { placementsOnDate } from "./placements-on-date";

/**
 * Records a monitoring visit of one's own organisation's family; its "next visit due" becomes the
 * family's. The visit carries one entry per child placed in the family on the visit's date —
 * exactly those children, or nothing is written. Each entry goes on the child's case timeline
 * and, when the child was seen, is the case's follow-up contact (its due dates are recomputed).
 * With `suspend`, the visit's concern suspends an approved family and flags its active
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
    const placed = await placementsOnDate(tx, familyId, visit.date);
    const caseOf = new Map(placed.map((p) => [p.id, p.caseId]));
    const entered = new Set(visit.children.map((child) => child.placementId));
    if (visit.children.some((child) => !caseOf.has(child.placementId))) return { ok: false as const, fieldErrors: { children: "fosterVisit.childNotPlaced" } };
    if (placed.some((p) => !entered.has(p.id))) return { ok: false as const, fieldErrors: { children: "fosterVisit.childrenMissing" } };

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

    const children = visit.children.map((child) => ({ ...child, caseId: caseOf.get(child.placementId)! }));
    // Case rows in a fixed order; each lock also makes the due dates read the latest notes.
    for (const child of [...children].sort((a, b) => a.caseId.localeCompare(b.caseId))) {
      await tx.fosterVisitChild.create({ data: { visitId: created.id, ...child } });
      await recordCaseEvent(tx, child.caseId, actor.userId, {
        type: "fosterFamily.visitRecorded",
        data: {
          visitId: created.id,
          householdName: family.householdName,
          date: toIsoDate(visit.date),
          seen: child.seen,
          seenAlone: child.seenAlone,
          wellbeing: child.wellbeing,
          schoolAttendance: child.schoolAttendance,
          childViews: child.childViews,
        },
      });
      await tx.$queryRaw`SELECT 1 FROM "Case" WHERE "id" = ${child.caseId}::uuid FOR UPDATE`;
      await refreshDueDates(tx, child.caseId);
    }

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
        children,
      },
    });
    let flaggedPlacements = 0;
    if (visit.suspend) {
      ({ flaggedPlacements } = await applyFamilyStatusChange(tx, actor, family, "SUSPENDED", visit.concerns));
    }
    return { ok: true as const, data: { visitId: created.id, suspended: visit.suspend, flaggedPlacements } };
  });
}
