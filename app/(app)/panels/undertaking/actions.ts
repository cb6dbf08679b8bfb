"use server";
import { revalidatePath } from "next/cache";
import { param, runAction, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth/session";
import { signUndertaking } from "@/lib/bid/sign-undertaking";

export async function signUndertakingAction(input: unknown): Promise<ActionResult<{ signedAt: string }>> {
  return runAction([input], [param.values], async (input) => {
    const result = await signUndertaking(await requireActor(), input);
    if (result.ok) revalidatePath("/panels", "layout");
    return result;
  });
}
