"use server";
import { revalidatePath } from "next/cache";
import { param, runAction, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth/session";
import type { AccountTokenPurpose } from "@/lib/generated/prisma/enums";
import { issueUserLink } from "@/lib/users/issue-user-link";
import { unlockUser } from "@/lib/users/unlock-user";
import { updateUser } from "@/lib/users/update-user";

export async function updateUserAction(userId: string, input: unknown): Promise<ActionResult<{ version: number }>> {
  return runAction([userId, input], [param.id, param.values], async (userId, input) => {
    const result = await updateUser(await requireActor(), userId, input);
    if (result.ok) revalidatePath(`/admin/users/${userId}`);
    return result;
  });
}

export async function unlockUserAction(userId: string): Promise<ActionResult<{ unlocked: boolean }>> {
  return runAction([userId], [param.id], async (userId) => {
    const result = await unlockUser(await requireActor(), userId);
    revalidatePath(`/admin/users/${userId}`);
    return { ok: true, data: result };
  });
}

/** A new one-time link for the account; the token is shown once to the administrator. */
export async function issueUserLinkAction(userId: string): Promise<ActionResult<{ token: string; purpose: AccountTokenPurpose; expiresAt: string }>> {
  return runAction([userId], [param.id], async (userId) => {
    const link = await issueUserLink(await requireActor(), userId);
    revalidatePath(`/admin/users/${userId}`);
    return { ok: true, data: { token: link.token, purpose: link.purpose, expiresAt: link.expiresAt.toISOString() } };
  });
}
