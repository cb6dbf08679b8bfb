import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { recordCaseEvent } from "@/lib/cases/case-events";
import { applyRiskLevel } from "@/lib/cases/apply-risk-level";
import { findCaseForWrite } from "@/lib/cases/case-write";
import { isUuid } from "@/lib/validation/uuid";
import { toIsoDate } from "@/lib/dates/calendar";
import { fieldErrorsByPath } from "@/lib/field-errors";
import { NotFoundError } from "@/lib/errors";
import { findActivePlacementForWrite, PlacementFieldError, placementTransaction, requireOwnFosterPlacement } from "./placement-write";
import { dischargePlacementSchema } from "./placement.schema";

/**
 * Ends the child's active placement with a date and a reason (TRANSFERRED is the transfer's own).
 * Holders of placement:manage on cases in their edit scope, and the NGO caseworker of a foster
 * family for a placement in that family (case in their read scope); a closed case may still
 * record the end of a placement. A runaway raises the case's risk to HIGH, with the reason code
 * RAN_AWAY (translated where it is shown).
 */
export async function dischargePlacement(actor: Actor, caseId: string, input: unknown): Promise<WriteResult<{ placementId: string }>> {
  const ngoFoster = can(actor, "foster:manage") && !can(actor, "placement:manage");
  if ((!can(actor, "placement:manage") && !ngoFoster) || !isUuid(caseId)) throw new NotFoundError();
  const parsed = dischargePlacementSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByPath(parsed.error) };
  const data = parsed.data;

  return placementTransaction(async (tx) => {
    const kase = ngoFoster
      ? await findCaseForWrite(tx, actor, caseId, { permission: "foster:manage", scope: "read", allowClosed: true })
      : await findCaseForWrite(tx, actor, caseId, { permission: "placement:manage", allowClosed: true });
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
    // A runaway raises the risk to HIGH the way a worker would set it; nothing when already HIGH.
    if (data.endReason === "RAN_AWAY" && kase.riskLevel !== "HIGH") {
      await applyRiskLevel(tx, actor, caseId, kase.version, { riskLevel: "HIGH", reason: { code: "RAN_AWAY" } });
    }
    return { placementId: placement.id };
  });
}
