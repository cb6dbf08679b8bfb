"use server";
import { revalidatePath } from "next/cache";
import { param, runAction, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth/session";
import { decideClosure } from "@/lib/closures/decide-closure";
import { reopenCase } from "@/lib/closures/reopen-case";
import { requestClosure } from "@/lib/closures/request-closure";

// Session → DAL (role, scope, validation, versioned write with its audit event) → revalidate.

function revalidate(caseId: string) {
  revalidatePath(`/cases/${caseId}`, "layout");
  revalidatePath("/approvals");
  revalidatePath("/cases");
}

export async function requestClosureAction(caseId: string, input: unknown): Promise<ActionResult<{ closureId: string; caseVersion: number }>> {
  return runAction([caseId, input], [param.id, param.values], async (caseId, input) => {
    const result = await requestClosure(await requireActor(), caseId, input);
    if (result.ok) revalidate(caseId);
    return result;
  });
}

export async function decideClosureAction(caseId: string, input: unknown): Promise<ActionResult<{ caseVersion: number }>> {
  return runAction([caseId, input], [param.id, param.values], async (caseId, input) => {
    const result = await decideClosure(await requireActor(), caseId, input);
    if (result.ok) revalidate(caseId);
    return result;
  });
}

export async function reopenCaseAction(caseId: string, input: unknown): Promise<ActionResult<{ caseVersion: number }>> {
  return runAction([caseId, input], [param.id, param.values], async (caseId, input) => {
    const result = await reopenCase(await requireActor(), caseId, input);
    if (result.ok) revalidate(caseId);
    return result;
  });
}
