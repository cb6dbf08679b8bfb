"use server";
import { revalidatePath } from "next/cache";
import { param, runAction, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth/session";
import { declareConflict } from "@/lib/bid/declare-conflict";

export async function declareConflictAction(sessionId: string, agendaItemId: string, input: unknown): Promise<ActionResult<{ hasConflict: boolean }>> {
  return runAction([sessionId, agendaItemId, input], [param.id, param.id, param.values], async (sessionId, agendaItemId, input) => {
    const result = await declareConflict(await requireActor(), sessionId, agendaItemId, input);
    if (result.ok) {
      revalidatePath(`/panels/${sessionId}`, "layout");
      revalidatePath(`/bid/sessions/${sessionId}`, "layout");
    }
    return result;
  });
}
