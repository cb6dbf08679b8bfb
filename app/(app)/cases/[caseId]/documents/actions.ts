"use server";
import { revalidatePath } from "next/cache";
import { param, runAction, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth/session";
import { removeCaseDocument } from "@/lib/documents/remove-case-document";

/** Session → DAL (which checks role, scope and that the case is open, deletes with its audit event). */
export async function removeCaseDocumentAction(caseId: string, documentId: string): Promise<ActionResult> {
  return runAction([caseId, documentId], [param.id, param.id], async (caseId, documentId) => {
    const actor = await requireActor();
    const result = await removeCaseDocument(actor, caseId, documentId);
    if (result.ok) revalidatePath(`/cases/${caseId}`, "layout");
    return result;
  });
}
