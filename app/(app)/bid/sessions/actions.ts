"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { param, runAction, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth/session";
import { cancelBidSession } from "@/lib/bid/cancel-bid-session";
import { addCaseToAgenda, moveAgendaItem, removeCaseFromAgenda, setAgendaPresenter } from "@/lib/bid/manage-bid-agenda";
import { publishBidSession } from "@/lib/bid/publish-bid-session";
import { scheduleBidSession } from "@/lib/bid/schedule-bid-session";
import { updateBidSession } from "@/lib/bid/update-bid-session";

// Session → DAL for every coordinator write on sessions (the DAL checks bid:coordinate, the
// session's state and version, and audits). Pages are per-request, members see changes at once.
const agendaDirection = z.enum(["up", "down"]);

function refresh() {
  revalidatePath("/bid", "layout");
  revalidatePath("/panels", "layout");
}

export async function scheduleSessionAction(input: unknown): Promise<ActionResult<{ sessionId: string }>> {
  return runAction([input], [param.values], async (input) => {
    const result = await scheduleBidSession(await requireActor(), input);
    if (result.ok) refresh();
    return result;
  });
}

export async function updateSessionAction(sessionId: string, input: unknown): Promise<ActionResult<{ version: number }>> {
  return runAction([sessionId, input], [param.id, param.values], async (sessionId, input) => {
    const result = await updateBidSession(await requireActor(), sessionId, input);
    if (result.ok) refresh();
    return result;
  });
}

export async function publishSessionAction(sessionId: string, version: number): Promise<ActionResult<{ version: number }>> {
  return runAction([sessionId, version], [param.id, param.version], async (sessionId, version) => {
    const result = await publishBidSession(await requireActor(), sessionId, { version });
    if (result.ok) refresh();
    return result;
  });
}

export async function addToAgendaAction(sessionId: string, referralId: string, version: number): Promise<ActionResult<{ version: number }>> {
  return runAction([sessionId, referralId, version], [param.id, param.id, param.version], async (sessionId, referralId, version) => {
    const result = await addCaseToAgenda(await requireActor(), sessionId, { referralId, version });
    if (result.ok) refresh();
    return result;
  });
}

export async function removeFromAgendaAction(sessionId: string, agendaItemId: string, version: number): Promise<ActionResult<{ version: number }>> {
  return runAction([sessionId, agendaItemId, version], [param.id, param.id, param.version], async (sessionId, agendaItemId, version) => {
    const result = await removeCaseFromAgenda(await requireActor(), sessionId, { agendaItemId, version });
    if (result.ok) refresh();
    return result;
  });
}

export async function moveAgendaItemAction(
  sessionId: string,
  agendaItemId: string,
  direction: "up" | "down",
  version: number,
): Promise<ActionResult<{ version: number }>> {
  return runAction([sessionId, agendaItemId, direction, version], [param.id, param.id, agendaDirection, param.version], async (sessionId, agendaItemId, direction, version) => {
    const result = await moveAgendaItem(await requireActor(), sessionId, { agendaItemId, direction, version });
    if (result.ok) refresh();
    return result;
  });
}

export async function callOffSessionAction(sessionId: string, input: unknown): Promise<ActionResult<{ version: number; newSessionId: string | null }>> {
  return runAction([sessionId, input], [param.id, param.values], async (sessionId, input) => {
    const result = await cancelBidSession(await requireActor(), sessionId, input);
    if (result.ok) refresh();
    return result;
  });
}

export async function setPresenterAction(sessionId: string, agendaItemId: string, version: number, presenterId: string): Promise<ActionResult<{ version: number }>> {
  return runAction([sessionId, agendaItemId, version, presenterId], [param.id, param.id, param.version, param.id], async (sessionId, agendaItemId, version, presenterId) => {
    const result = await setAgendaPresenter(await requireActor(), sessionId, { agendaItemId, presenterId, version });
    if (result.ok) refresh();
    return result;
  });
}
