"use server";
import { revalidatePath } from "next/cache";
import { param, runAction, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth/session";
import { registerChild } from "@/lib/cases/register-child";
import { requestCaseAccess, type CaseAccessRequestOutcome } from "@/lib/cases/request-case-access";
import { searchPossibleDuplicates, type DuplicateMatch } from "@/lib/cases/search-possible-duplicates";

/** Session → DAL (which checks role and scope, validates, writes with its audit event). */
export async function registerChildAction(input: unknown): Promise<ActionResult<{ caseId: string; caseNumber: string }>> {
  return runAction([input], [param.values], async (input) => {
    const result = await registerChild(await requireActor(), input);
    if (result.ok) revalidatePath("/cases");
    return result;
  });
}

export async function searchDuplicatesAction(input: unknown): Promise<ActionResult<DuplicateMatch[]>> {
  return runAction([input], [param.values], async (input) => {
    const actor = await requireActor();
    return searchPossibleDuplicates(actor, input);
  });
}

export async function requestCaseAccessAction(input: unknown): Promise<ActionResult<CaseAccessRequestOutcome>> {
  return runAction([input], [param.values], async (input) => {
    const actor = await requireActor();
    return requestCaseAccess(actor, input);
  });
}
