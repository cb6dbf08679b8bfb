"use server";
import { revalidatePath } from "next/cache";
import { param, runAction, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth/session";
import { referCaseToBid } from "@/lib/bid/refer-case-to-bid";
import { saveFamilyTracing } from "@/lib/bid/save-family-tracing";

/** Session → DAL (role, edit scope, approved BIA, one open referral, version; audited). */
export async function referCaseAction(caseId: string, input: unknown): Promise<ActionResult<{ referralId: string; caseVersion: number }>> {
  return runAction([caseId, input], [param.id, param.values], async (caseId, input) => {
    const result = await referCaseToBid(await requireActor(), caseId, input);
    if (result.ok) {
      revalidatePath(`/cases/${caseId}`, "layout");
      revalidatePath("/bid", "layout");
    }
    return result;
  });
}

export async function saveFamilyTracingAction(caseId: string, input: unknown): Promise<ActionResult<{ version: number }>> {
  return runAction([caseId, input], [param.id, param.values], async (caseId, input) => {
    const result = await saveFamilyTracing(await requireActor(), caseId, input);
    if (result.ok) revalidatePath(`/cases/${caseId}/bid`);
    return result;
  });
}
