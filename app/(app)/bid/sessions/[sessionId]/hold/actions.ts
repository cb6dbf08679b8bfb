"use server";
import { revalidatePath } from "next/cache";
import { param, runAction, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth/session";
import { recordAttendance } from "@/lib/bid/record-attendance";
import { saveBidDecision } from "@/lib/bid/save-bid-decision";

function revalidate(sessionId: string) {
  revalidatePath(`/bid/sessions/${sessionId}`, "layout");
  revalidatePath(`/panels/${sessionId}`, "layout");
  revalidatePath("/bid");
}

export async function recordAttendanceAction(sessionId: string, input: unknown): Promise<ActionResult<{ sessionVersion: number }>> {
  return runAction([sessionId, input], [param.id, param.values], async (sessionId, input) => {
    const result = await recordAttendance(await requireActor(), sessionId, input);
    if (result.ok) revalidate(sessionId);
    return result;
  });
}

export async function saveDecisionAction(
  sessionId: string,
  agendaItemId: string,
  input: unknown,
): Promise<ActionResult<{ decisionId: string; decisionVersion: number }>> {
  return runAction([sessionId, agendaItemId, input], [param.id, param.id, param.values], async (sessionId, agendaItemId, input) => {
    const result = await saveBidDecision(await requireActor(), sessionId, agendaItemId, input);
    if (result.ok) revalidate(sessionId);
    return result;
  });
}
