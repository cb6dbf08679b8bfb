import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import type { Tx } from "@/lib/db";
import type { RiskLevel } from "@/lib/generated/prisma/enums";
import { recordCaseEvent } from "./case-events";
import { refreshDueDates, updateCaseVersioned } from "./case-write";

/**
 * Sets the case's risk level with its reason inside the caller's transaction, on a case the caller
 * found with findCaseForWrite at `expectedVersion`: the due dates follow the new level, and the
 * change goes on the timeline and into the audit trail. The one way a risk level changes, whether
 * the worker sets it (setRiskLevel) or a runaway raises it (dischargePlacement).
 */
export async function applyRiskLevel(
  tx: Tx,
  actor: Actor,
  caseId: string,
  expectedVersion: number,
  risk: { riskLevel: RiskLevel; reason: string },
): Promise<void> {
  const { riskLevel, reason } = risk;
  const before = await tx.case.findUniqueOrThrow({ where: { id: caseId }, select: { riskLevel: true, riskReason: true } });
  await updateCaseVersioned(tx, actor, caseId, expectedVersion, { riskLevel, riskReason: reason, riskSetAt: new Date() });
  await refreshDueDates(tx, caseId);
  await recordCaseEvent(tx, caseId, actor.userId, { type: "case.riskSet", data: { riskLevel, reason } });
  await writeAuditEvent(tx, actor.userId, {
    action: "case.riskSet",
    entityType: "Case",
    entityId: caseId,
    before,
    after: { riskLevel, riskReason: reason },
  });
}
