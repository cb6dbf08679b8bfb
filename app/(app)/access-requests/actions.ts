"use server";
import { param, runAction, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth/session";
import { decideAccessRequest } from "@/lib/cases/decide-access-request";

/**
 * Session → DAL. Nothing to revalidate: every page here renders per request, and the decided
 * request stays on screen with its outcome until the next visit.
 */
export async function decideAccessRequestAction(input: unknown): Promise<ActionResult<{ status: "GRANTED" | "DENIED" }>> {
  return runAction([input], [param.values], async (input) => {
    const actor = await requireActor();
    return decideAccessRequest(actor, input);
  });
}
