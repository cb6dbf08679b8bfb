import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import type { Tx } from "@/lib/db";
import type { RiskLevel } from "@/lib/generated/prisma/enums";
import { recordCaseEvent } from "./case-events";
import { refreshDueDates, updateCaseVersioned } from "./case-write";
import { riskReasonColumns, type RiskReason } from "./risk-reason";

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
  risk: { riskLevel: RiskLevel; reason: RiskReason },
): Promise<void> {
  const { riskLevel, reason } = risk;
  const columns = riskReasonColumns(reason);
  const before = await tx.case.findUniqueOrThrow({ where: { id: caseId }, select: { riskLevel: true, riskReasonCode: true, riskReason: true } });
  await updateCaseVersioned(tx, actor, caseId, expectedVersion, { riskLevel, ...columns, riskSetAt: new Date() });
  await refreshDueDates(tx, caseId);
  await recordCaseEvent(tx, caseId, actor.userId, {
    type: "case.riskSet",
    data: reason.code === "OTHER" ? { riskLevel, reasonCode: reason.code, reason: reason.text } : { riskLevel, reasonCode: reason.code },
  });
  await writeAuditEvent(tx, actor.userId, {
    action: "case.riskSet",
    entityType: "Case",
    entityId: caseId,
    before,
    after: { riskLevel, ...columns },
  });
}
