import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { recordCaseEvent } from "@/lib/cases/case-events";
import { findCaseForWrite, isUuid, refreshDueDates } from "@/lib/cases/case-write";
import { toIsoDate } from "@/lib/cases/dates";
import { fieldErrorsByPath } from "@/lib/field-errors";
import type { Tx } from "@/lib/db";
import { ConflictError, InvalidStateError, NotFoundError } from "@/lib/errors";
import { PlacementFieldError, placementTransaction } from "./admit-placement";
import { dischargePlacementSchema } from "./placement.schema";

/**
 * The active placement `placementId` of case `caseId`, locked, at the version the user read.
 * Ended → InvalidStateError; changed since → ConflictError.
 */
export async function findActivePlacementForWrite(tx: Tx, caseId: string, placementId: string, version: number) {
  if (!isUuid(placementId)) throw new NotFoundError();
  await tx.$queryRaw`SELECT 1 FROM "Placement" WHERE "id" = ${placementId}::uuid FOR UPDATE`;
  const placement = await tx.placement.findFirst({
    where: { id: placementId, caseId },
    select: { id: true, type: true, centreId: true, startDate: true, endDate: true, version: true, updatedAt: true, endedBy: { select: { name: true } }, createdBy: { select: { name: true } } },
  });
  if (!placement) throw new NotFoundError();
  if (placement.version !== version) {
    throw new ConflictError(placement.endedBy?.name ?? placement.createdBy.name, placement.updatedAt);
  }
  if (placement.endDate) throw new InvalidStateError("placementEnded");
  return placement;
}

/** An NGO caseworker acts only on placements in a foster family of their own organisation. */
export async function requireOwnFosterPlacement(tx: Tx, actor: Actor, placementId: string): Promise<void> {
  const own = await tx.placement.count({ where: { id: placementId, fosterFamily: { organisationId: actor.organisationId } } });
  if (own === 0) throw new NotFoundError();
}

/**
 * Raises the case's risk to HIGH after a runaway, like setRiskLevel does (due dates recomputed,
 * timeline and audit events), inside the discharge's transaction. Nothing when already HIGH.
 */
async function raiseRiskAfterRunaway(tx: Tx, actor: Actor, caseId: string, reason: string) {
  const before = await tx.case.findUniqueOrThrow({ where: { id: caseId }, select: { riskLevel: true, riskReason: true } });
  if (before.riskLevel === "HIGH") return;
  await tx.case.update({
    where: { id: caseId },
    data: { riskLevel: "HIGH", riskReason: reason, riskSetAt: new Date(), version: { increment: 1 }, lastEditedById: actor.userId },
  });
  await refreshDueDates(tx, caseId);
  await recordCaseEvent(tx, caseId, actor.userId, { type: "case.riskSet", data: { riskLevel: "HIGH", reason } });
  await writeAuditEvent(tx, actor.userId, {
    action: "case.riskSet",
    entityType: "Case",
    entityId: caseId,
    before,
    after: { riskLevel: "HIGH", riskReason: reason },
  });
}

/**
 * Ends the child's active placement with a date and a reason (TRANSFERRED is the transfer's own).
 * Holders of placement:manage on cases in their edit scope, and the NGO caseworker of a foster
 * family for a placement in that family (case in their read scope); a closed case may still
 * record the end of a placement. A runaway raises the case's risk to HIGH.
 */
export async function dischargePlacement(actor: Actor, caseId: string, input: unknown, runawayRiskReason = "Runaway"): Promise<WriteResult<{ placementId: string }>> {
  const ngoFoster = can(actor, "foster:manage") && !can(actor, "placement:manage");
  if ((!can(actor, "placement:manage") && !ngoFoster) || !isUuid(caseId)) throw new NotFoundError();
  const parsed = dischargePlacementSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByPath(parsed.error) };
  const data = parsed.data;

  return placementTransaction(async (tx) => {
    if (ngoFoster) await findCaseForWrite(tx, actor, caseId, { permission: "foster:manage", scope: "read", allowClosed: true });
    else await findCaseForWrite(tx, actor, caseId, { permission: "placement:manage", allowClosed: true });
    const placement = await findActivePlacementForWrite(tx, caseId, data.placementId, data.version);
    if (ngoFoster) await requireOwnFosterPlacement(tx, actor, placement.id);
    if (data.endDate < placement.startDate) throw new PlacementFieldError({ endDate: "placement.endBeforeStart" });

    await tx.placement.update({
      where: { id: placement.id },
      data: { endDate: data.endDate, endReason: data.endReason, endNotes: data.endNotes, endedById: actor.userId, version: { increment: 1 } },
    });
    await recordCaseEvent(tx, caseId, actor.userId, {
      type: "placement.ended",
      data: { placementId: placement.id, endReason: data.endReason, endDate: toIsoDate(data.endDate) },
    });
    await writeAuditEvent(tx, actor.userId, {
      action: "placement.discharged",
      entityType: "Placement",
      entityId: placement.id,
      before: { endDate: null, endReason: null, version: placement.version },
      after: { endDate: toIsoDate(data.endDate), endReason: data.endReason, endNotes: data.endNotes, version: placement.version + 1 },
    });
    if (data.endReason === "RAN_AWAY") await raiseRiskAfterRunaway(tx, actor, caseId, runawayRiskReason);
    return { placementId: placement.id };
  });
}
