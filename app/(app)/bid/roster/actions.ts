"use server";
import { revalidatePath } from "next/cache";
import { param, runAction, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth/session";
import { savePanelMember } from "@/lib/bid/save-panel-member";

export async function savePanelMemberAction(input: unknown): Promise<ActionResult<{ panelMemberId: string }>> {
  return runAction([input], [param.values], async (input) => {
    const result = await savePanelMember(await requireActor(), input);
    if (result.ok) revalidatePath("/bid", "layout");
    return result;
  });
}
