"use server";
import { revalidatePath } from "next/cache";
import { param, runAction, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth/session";
import { decideCasePlan } from "@/lib/case-plans/decide-case-plan";
import { saveCasePlanDraft } from "@/lib/case-plans/save-case-plan";
import type { CasePlanSaved } from "@/lib/case-plans/store-case-plan";
import { submitCasePlan } from "@/lib/case-plans/submit-case-plan";

// Session → DAL (role, scope, validation, versioned write with its audit event) → revalidate.

function revalidate(caseId: string) {
  revalidatePath(`/cases/${caseId}`, "layout");
  revalidatePath("/approvals");
}

export async function saveCasePlanAction(caseId: string, input: unknown): Promise<ActionResult<CasePlanSaved>> {
  return runAction([caseId, input], [param.id, param.values], async (caseId, input) => {
    const result = await saveCasePlanDraft(await requireActor(), caseId, input);
    if (result.ok) revalidate(caseId);
    return result;
  });
}

export async function submitCasePlanAction(caseId: string, input: unknown): Promise<ActionResult<CasePlanSaved>> {
  return runAction([caseId, input], [param.id, param.values], async (caseId, input) => {
    const result = await submitCasePlan(await requireActor(), caseId, input);
    if (result.ok) revalidate(caseId);
    return result;
  });
}

export async function decideCasePlanAction(caseId: string, input: unknown): Promise<ActionResult<{ caseVersion: number }>> {
  return runAction([caseId, input], [param.id, param.values], async (caseId, input) => {
    const result = await decideCasePlan(await requireActor(), caseId, input);
    if (result.ok) revalidate(caseId);
    return result;
  });
}
