"use server";
import { param, runAction, type ActionResult } from "@/lib/action-result";
import { disableTwoFactor } from "@/lib/account/disable-two-factor";
import { enableTwoFactor } from "@/lib/account/enable-two-factor";
import { regenerateRecoveryCodes } from "@/lib/account/regenerate-recovery-codes";
import { requireSignedInActor } from "@/lib/auth/session";

// No revalidation after turning two-step sign-in on or off: the change ends this session (the
// page would re-render as the login page), and the recovery codes must be shown first.

export async function enableTwoFactorAction(input: unknown): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  return runAction([input], [param.values], async (values) => enableTwoFactor(await requireSignedInActor(), values));
}

export async function disableTwoFactorAction(input: unknown): Promise<ActionResult> {
  return runAction([input], [param.values], async (values) => disableTwoFactor(await requireSignedInActor(), values));
}

export async function regenerateRecoveryCodesAction(input: unknown): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  return runAction([input], [param.values], async (values) => regenerateRecoveryCodes(await requireSignedInActor(), values));
}
