import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { applyRiskLevel } from "./apply-risk-level";
import { findCaseForWrite } from "./case-write";
import { fieldErrorsByPath } from "@/lib/field-errors";
import { setRiskSchema } from "./risk.schema";

/** Sets the case's risk level with a reason; the due dates follow the new level. */
export async function setRiskLevel(actor: Actor, input: { caseId: string; version: number; values: unknown }): Promise<WriteResult<{ version: number }>> {
  const parsed = setRiskSchema.safeParse(input.values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByPath(parsed.error) };

  return db.$transaction(async (tx) => {
    const current = await findCaseForWrite(tx, actor, input.caseId, { permission: "case:edit" });
    const { riskLevel, reason } = parsed.data;
    await applyRiskLevel(tx, actor, input.caseId, input.version, { riskLevel, reason: { code: "OTHER", text: reason } });
    return { ok: true as const, data: { version: current.version + 1 } };
  });
}
