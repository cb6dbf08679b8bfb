"use server";
import { revalidatePath } from "next/cache";
import { param, runAction, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth/session";
import { reassignCase } from "@/lib/cases/reassign-case";

/** Session → DAL (which checks role and scope, the version, writes with its audit event). */
export async function reassignCaseAction(
  caseId: string,
  input: unknown,
): Promise<ActionResult<{ version: number; toName: string }>> {
  return runAction([caseId, input], [param.id, param.values], async (caseId, input) => {
    const actor = await requireActor();
    const result = await reassignCase(actor, caseId, input);
    if (result.ok) {
      revalidatePath(`/cases/${caseId}`, "layout");
      revalidatePath("/cases");
    }
    return result;
  });
}
