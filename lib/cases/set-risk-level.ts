import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { applyRiskLevel } from "./apply-risk-level";
import { findCaseForWrite } from "./case-write";
import { fieldErrorsByPath } from "./field-rules";
import { setRiskSchema } from "./risk.schema";

export type SetRiskResult = { ok: true; version: number } | { ok: false; fieldErrors: Record<string, string> };

/** Sets the case's risk level with a reason; the due dates follow the new level. */
export async function setRiskLevel(actor: Actor, input: { caseId: string; version: number; values: unknown }): Promise<SetRiskResult> {
  const parsed = setRiskSchema.safeParse(input.values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByPath(parsed.error) };

  return db.$transaction(async (tx) => {
    const current = await findCaseForWrite(tx, actor, input.caseId, { permission: "case:edit" });
    await applyRiskLevel(tx, actor, input.caseId, input.version, parsed.data);
    return { ok: true as const, version: current.version + 1 };
  });
}
