import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { recordCaseEvent } from "@/lib/cases/case-events";
import { findCaseForWrite } from "@/lib/cases/case-write";
import { isUuid } from "@/lib/validation/uuid";
import { toIsoDate } from "@/lib/dates/calendar";
import { fieldErrorsByPath } from "@/lib/field-errors";
import { NotFoundError } from "@/lib/errors";
import { decideCapacity, mayTransfer } from "./capacity-rule";
import { transferPlacementSchema } from "./placement.schema";
import { findActivePlacementForWrite, lockCentreOccupancy, PlacementFieldError, placementTransaction } from "./placement-write";

/**
 * Transfers a child from centre A to centre B in one step: the placement at A ends (TRANSFERRED),
 * one at B starts the same day (previousPlacementId links them), and the case moves to B's
 * caseload (centreId = B, assignment cleared so B's supervisor assigns; case number unchanged).
 * Only the supervisor of A (see mayTransfer). B beyond capacity needs an override reason. Any
 * refusal rolls everything back.
 */
export async function transferPlacement(actor: Actor, caseId: string, input: unknown): Promise<WriteResult<{ placementId: string }>> {
  if (!mayTransfer({ manage: can(actor, "placement:manage"), assign: can(actor, "case:assign") }) || !isUuid(caseId)) throw new NotFoundError();
  const parsed = transferPlacementSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByPath(parsed.error) };
  const data = parsed.data;

  return placementTransaction(async (tx) => {
    const kase = await findCaseForWrite(tx, actor, caseId, { permission: "placement:manage" });
    const current = await findActivePlacementForWrite(tx, caseId, data.placementId, data.version);
    if (current.type !== "CPISE_RESIDENTIAL" || !current.centreId) throw new PlacementFieldError({ form: "placement.transferNotResidential" });
    if (!isUuid(data.toCentreId)) throw new PlacementFieldError({ toCentreId: "placement.centreNotFound" });
    if (data.toCentreId === current.centreId) throw new PlacementFieldError({ toCentreId: "placement.sameCentre" });
    if (data.date < current.startDate) throw new PlacementFieldError({ date: "placement.endBeforeStart" });

    const occupancy = await lockCentreOccupancy(tx, data.toCentreId, "toCentreId");
    if (!occupancy) throw new PlacementFieldError({ toCentreId: "placement.centreNotFound" });
    const decision = decideCapacity({ ...occupancy, canOverride: can(actor, "placement:override"), overrideReason: data.capacityOverrideReason });
    if (decision.kind === "refused") throw new PlacementFieldError({ toCentreId: "placement.centreFull" });
    if (decision.kind === "needsOverrideReason") throw new PlacementFieldError({ capacityOverrideReason: "placement.overrideRequired" });

    const from = await tx.centre.findUniqueOrThrow({ where: { id: current.centreId }, select: { name: true } });
    const to = await tx.centre.findUniqueOrThrow({ where: { id: data.toCentreId }, select: { name: true } });
    await tx.placement.update({
      where: { id: current.id },
      data: { endDate: data.date, endReason: "TRANSFERRED", endedById: actor.userId, version: { increment: 1 } },
    });
    const next = await tx.placement.create({
      data: {
        caseId,
        type: "CPISE_RESIDENTIAL",
        centreId: data.toCentreId,
        startDate: data.date,
        notes: data.notes,
        capacityOverrideReason: decision.kind === "overridden" ? decision.reason : null,
        previousPlacementId: current.id,
        decidedById: actor.userId,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    // The case follows the child. Not a versioned edit: the transfer carries the placement's version.
    await tx.case.update({
      where: { id: caseId },
      data: { centreId: data.toCentreId, assignedWorkerId: null, version: { increment: 1 }, lastEditedById: actor.userId },
    });
    await recordCaseEvent(tx, caseId, actor.userId, {
      type: "placement.transferred",
      data: { fromPlacementId: current.id, placementId: next.id, fromCentre: from.name, toCentre: to.name, date: toIsoDate(data.date) },
    });
    await writeAuditEvent(tx, actor.userId, {
      action: "placement.transferred",
      entityType: "Placement",
      entityId: next.id,
      before: { placementId: current.id, centreId: current.centreId, caseCentreId: kase.centreId, assignedWorkerId: kase.assignedWorkerId },
      after: {
        placementId: next.id,
        centreId: data.toCentreId,
        date: toIsoDate(data.date),
        capacityOverrideReason: decision.kind === "overridden" ? decision.reason : null,
      },
    });
    return { placementId: next.id };
  });
}
