"use server";
import { revalidatePath } from "next/cache";
import { param, runAction, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth/session";
import { signBidDecision } from "@/lib/bid/sign-bid-decision";
import { supersedeBidDecision } from "@/lib/bid/supersede-bid-decision";
import type { CaseStatus } from "@/lib/generated/prisma/enums";

// Session → DAL (chair or coordinator, scope, state, versioned write with audit and case events) → revalidate.

function revalidate() {
  revalidatePath("/panels", "layout");
  revalidatePath("/bid", "layout");
  revalidatePath("/cases", "layout");
}

export async function signDecisionAction(decisionId: string, input: unknown): Promise<ActionResult<{ caseStatus: CaseStatus }>> {
  return runAction([decisionId, input], [param.id, param.values], async (decisionId, input) => {
    const result = await signBidDecision(await requireActor(), decisionId, input);
    if (result.ok) revalidate();
    return result;
  });
}

export async function supersedeDecisionAction(decisionId: string, input: unknown): Promise<ActionResult<{ decisionId: string }>> {
  return runAction([decisionId, input], [param.id, param.values], async (decisionId, input) => {
    const result = await supersedeBidDecision(await requireActor(), decisionId, input);
    if (result.ok) revalidate();
    return result;
  });
}
