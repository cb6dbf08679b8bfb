import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { recordCaseEvent } from "./case-events";
import { findCaseForWrite, refreshDueDates, updateCaseVersioned } from "./case-write";
import { fieldErrorsByPath } from "@/lib/field-errors";
import { setRiskSchema } from "./risk.schema";

/** Sets the case's risk level with a reason; the due dates follow the new level. */
export async function setRiskLevel(actor: Actor, input: { caseId: string; version: number; values: unknown }): Promise<WriteResult<{ version: number }>> {
  const parsed = setRiskSchema.safeParse(input.values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByPath(parsed.error) };
  const { riskLevel, reason } = parsed.data;

  return db.$transaction(async (tx) => {
    const current = await findCaseForWrite(tx, actor, input.caseId, { permission: "case:edit" });
    const before = await tx.case.findUniqueOrThrow({ where: { id: input.caseId }, select: { riskLevel: true, riskReason: true } });
    await updateCaseVersioned(tx, actor, input.caseId, input.version, { riskLevel, riskReason: reason, riskSetAt: new Date() });
    await refreshDueDates(tx, input.caseId);
    await recordCaseEvent(tx, input.caseId, actor.userId, { type: "case.riskSet", data: { riskLevel, reason } });
    await writeAuditEvent(tx, actor.userId, {
      action: "case.riskSet",
      entityType: "Case",
      entityId: input.caseId,
      before,
      after: { riskLevel, riskReason: reason },
    });
    return { ok: true as const, data: { version: current.version + 1 } };
  });
}
