"use server";
import { revalidatePath } from "next/cache";
import { param, runAction, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth/session";
import { addCaseNote } from "@/lib/notes/add-case-note";

/** Session → DAL (which checks role and scope, validates, writes with its audit event). */
export async function addCaseNoteAction(caseId: string, input: unknown): Promise<ActionResult<{ noteId: string }>> {
  return runAction([caseId, input], [param.id, param.values], async (caseId, input) => {
    const actor = await requireActor();
    const result = await addCaseNote(actor, caseId, input);
    if (result.ok) {
      revalidatePath(`/cases/${caseId}`, "layout");
      revalidatePath("/cases");
    }
    return result;
  });
}
