"use server";
import { revalidatePath } from "next/cache";
import { param, runAction, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth/session";
import { resetTwoFactor } from "@/lib/users/reset-two-factor";

export async function resetTwoFactorAction(userId: unknown): Promise<ActionResult> {
  return runAction([userId], [param.id], async (id) => {
    const result = await resetTwoFactor(await requireActor(), id);
    if (result.ok) revalidatePath(`/admin/users/${id}`);
    return result;
  });
}
