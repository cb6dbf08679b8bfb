"use server";
import { revalidatePath } from "next/cache";
import { param, runAction, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth/session";
import { createUser } from "@/lib/users/create-user";

/** The new account's id and its activation link's token (shown once, never stored in clear). */
export async function createUserAction(input: unknown): Promise<ActionResult<{ userId: string; token: string; expiresAt: string }>> {
  return runAction([input], [param.values], async (input) => {
    const result = await createUser(await requireActor(), input);
    if (!result.ok) return result;
    revalidatePath("/admin/users");
    return { ok: true, data: { userId: result.data.userId, token: result.data.token, expiresAt: result.data.expiresAt.toISOString() } };
  });
}
