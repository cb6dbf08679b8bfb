import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { recordCaseEvent } from "@/lib/cases/case-events";
import { findCaseForWrite } from "@/lib/cases/case-write";
import { isUuid } from "@/lib/validation/uuid";
import { fieldErrorsByPath } from "@/lib/field-errors";
import { InvalidStateError, NotFoundError } from "@/lib/errors";
import { completeReviewSchema } from "./placement.schema";
import { findActivePlacementForWrite, placementTransaction, requireOwnFosterPlacement } from "./placement-write";

/**
 * Closes the review a foster family's suspension put on an active placement: the worker or
 * supervisor records what they checked and that the child stays (moving the child is a discharge
 * instead). Same people as a discharge: placement:manage on cases in their edit scope, or the NGO
 * caseworker of the family's organisation. Not flagged → InvalidStateError("placementNotFlagged").
 */
export async function completePlacementReview(actor: Actor, caseId: string, input: unknown): Promise<WriteResult<{ placementId: string }>> {
  const ngoFoster = can(actor, "foster:manage") && !can(actor, "placement:manage");
  if ((!can(actor, "placement:manage") && !ngoFoster) || !isUuid(caseId)) throw new NotFoundError();
  const parsed = completeReviewSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByPath(parsed.error) };
  const data = parsed.data;

  return placementTransaction(async (tx) => {
    if (ngoFoster) await findCaseForWrite(tx, actor, caseId, { permission: "foster:manage", scope: "read" });
    else await findCaseForWrite(tx, actor, caseId, { permission: "placement:manage" });
    const placement = await findActivePlacementForWrite(tx, caseId, data.placementId, data.version);
    if (ngoFoster) await requireOwnFosterPlacement(tx, actor, placement.id);
    const flags = await tx.placement.findUniqueOrThrow({ where: { id: placement.id }, select: { reviewFlaggedAt: true, reviewReason: true } });
    if (!flags.reviewFlaggedAt) throw new InvalidStateError("placementNotFlagged");

    await tx.placement.update({
      where: { id: placement.id },
      data: { reviewFlaggedAt: null, reviewReason: null, version: { increment: 1 } },
    });
    await recordCaseEvent(tx, caseId, actor.userId, { type: "placement.reviewCompleted", data: { placementId: placement.id, reason: data.note } });
    await writeAuditEvent(tx, actor.userId, {
      action: "placement.reviewCompleted",
      entityType: "Placement",
      entityId: placement.id,
      before: { reviewFlaggedAt: flags.reviewFlaggedAt.toISOString(), reviewReason: flags.reviewReason },
      after: { reviewFlaggedAt: null, note: data.note },
    });
    return { placementId: placement.id };
  });
}
