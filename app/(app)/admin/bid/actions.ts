"use server";
import { revalidatePath } from "next/cache";
import { param, runAction, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth/session";
import { updateBidConfig } from "@/lib/settings/update-bid-config";

export async function updateBidConfigAction(input: unknown): Promise<ActionResult> {
  return runAction([input], [param.values], async (input) => {
    const result = await updateBidConfig(await requireActor(), input);
    if (result.ok) revalidatePath("/admin/bid");
    return result.ok ? { ok: true, data: undefined } : result;
  });
}
