import "server-only";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { recordCaseEvent } from "@/lib/cases/case-events";
import type { Tx } from "@/lib/db";

/**
 * A suspended family's active placements need a review: flags each one (reason and time), puts
 * an event on each child's timeline and audits it. Runs in the suspension's transaction.
 * Returns how many placements were flagged.
 */
export async function flagFamilyPlacements(
  tx: Tx,
  actorId: string,
  family: { id: string; householdName: string },
  reason: string,
  at: Date,
): Promise<number> {
  const active = await tx.placement.findMany({
    where: { fosterFamilyId: family.id, endDate: null },
    select: { id: true, caseId: true, reviewFlaggedAt: true, reviewReason: true, version: true },
    orderBy: { startDate: "asc" },
  });
  for (const placement of active) {
    await tx.placement.update({
      where: { id: placement.id },
      data: { reviewFlaggedAt: at, reviewReason: reason, version: { increment: 1 } },
    });
    await recordCaseEvent(tx, placement.caseId, actorId, {
      type: "placement.reviewFlagged",
      data: { placementId: placement.id, householdName: family.householdName, reason },
    });
    await writeAuditEvent(tx, actorId, {
      action: "placement.reviewFlagged",
      entityType: "Placement",
      entityId: placement.id,
      before: { reviewFlaggedAt: placement.reviewFlaggedAt?.toISOString() ?? null, reviewReason: placement.reviewReason },
      after: { reviewFlaggedAt: at.toISOString(), reviewReason: reason, fosterFamilyId: family.id },
    });
  }
  return active.length;
}
