"use server";
import { revalidatePath } from "next/cache";
import { param, runAction, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth/session";
import { reassignCases } from "@/lib/cases/reassign-cases";

/** Session → DAL (which checks role and scope of every case, the versions, writes all or nothing). */
export async function reassignCasesAction(input: unknown): Promise<ActionResult<{ moved: number; unchanged: number; toName: string }>> {
  return runAction([input], [param.values], async (input) => {
    const actor = await requireActor();
    const result = await reassignCases(actor, input);
    if (result.ok) revalidatePath("/cases", "layout");
    return result;
  });
}
