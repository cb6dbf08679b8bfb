"use server";
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth/session";
import { declareConflict } from "@/lib/bid/declare-conflict";

export async function declareConflictAction(sessionId: string, agendaItemId: string, input: unknown): Promise<ActionResult<{ hasConflict: boolean }>> {
  return runAction(async () => {
    const result = await declareConflict(await requireActor(), sessionId, agendaItemId, input);
    if (result.ok) {
      revalidatePath(`/panels/${sessionId}`, "layout");
      revalidatePath(`/bid/sessions/${sessionId}`, "layout");
    }
    return result;
  });
}
