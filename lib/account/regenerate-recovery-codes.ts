import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { checkSecondFactor } from "@/lib/auth/check-second-factor";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { InvalidStateError, NotFoundError } from "@/lib/errors";
import { fieldErrorsByField } from "@/lib/field-errors";
import { regenerateRecoveryCodesSchema } from "./two-factor.schema";
import { lockUserForSecondFactor, replaceRecoveryCodes } from "./recovery-codes";

/**
 * Ten new recovery codes (shown once) in place of the old ones, all of which stop working. A code
 * from the app or a remaining recovery code is required. The secret is unchanged: the session goes on.
 */
export async function regenerateRecoveryCodes(actor: Actor, input: unknown, now = new Date()): Promise<WriteResult<{ recoveryCodes: string[] }>> {
  const parsed = regenerateRecoveryCodesSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByField(parsed.error) };
  return db.$transaction(async (tx) => {
    if (!(await lockUserForSecondFactor(tx, actor.userId))) throw new NotFoundError();
    const outcome = await checkSecondFactor(tx, actor.userId, parsed.data.code, now);
    if (outcome === "notEnabled") throw new InvalidStateError("twoFactorAlreadyOff");
    if (outcome !== "totp" && outcome !== "recoveryCode") return { ok: false, fieldErrors: { code: "twoFactorWrongCode" } };
    const recoveryCodes = await replaceRecoveryCodes(tx, actor.userId);
    await writeAuditEvent(tx, actor.userId, {
      action: "account.recoveryCodesRegenerated",
      entityType: "User",
      entityId: actor.userId,
      after: { recoveryCodes: recoveryCodes.length },
    });
    return { ok: true, data: { recoveryCodes } };
  });
}
