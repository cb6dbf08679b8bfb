"use server";
import { revalidatePath } from "next/cache";
import { param, runAction, type ActionResult } from "@/lib/action-result";
import { decideAssessment } from "@/lib/assessments/decide-assessment";
import { saveAssessmentDraft } from "@/lib/assessments/save-assessment";
import type { AssessmentSaved } from "@/lib/assessments/store-assessment";
import { submitAssessment } from "@/lib/assessments/submit-assessment";
import { requireActor } from "@/lib/auth/session";

// Session → DAL (role, scope, validation, versioned write with its audit event) → revalidate.

function revalidate(caseId: string) {
  revalidatePath(`/cases/${caseId}`, "layout");
  revalidatePath("/approvals");
}

export async function saveAssessmentAction(caseId: string, input: unknown): Promise<ActionResult<AssessmentSaved>> {
  return runAction([caseId, input], [param.id, param.values], async (caseId, input) => {
    const result = await saveAssessmentDraft(await requireActor(), caseId, input);
    if (result.ok) revalidate(caseId);
    return result;
  });
}

export async function submitAssessmentAction(caseId: string, input: unknown): Promise<ActionResult<AssessmentSaved>> {
  return runAction([caseId, input], [param.id, param.values], async (caseId, input) => {
    const result = await submitAssessment(await requireActor(), caseId, input);
    if (result.ok) revalidate(caseId);
    return result;
  });
}

export async function decideAssessmentAction(caseId: string, input: unknown): Promise<ActionResult<{ caseVersion: number }>> {
  return runAction([caseId, input], [param.id, param.values], async (caseId, input) => {
    const result = await decideAssessment(await requireActor(), caseId, input);
    if (result.ok) revalidate(caseId);
    return result;
  });
}
