import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { checkSecondFactor } from "@/lib/auth/check-second-factor";
import { verifyPassword } from "@/lib/auth/password";
import { getSecurityConfig, mustEnrolSecondFactor } from "@/lib/auth/security-config";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { InvalidStateError, NotFoundError } from "@/lib/errors";
import { fieldErrorsByField } from "@/lib/field-errors";
import { disableTwoFactorSchema } from "./two-factor.schema";
import { lockUserForSecondFactor } from "./recovery-codes";

/**
 * Turns off two-factor sign-in: the current password and a code (from the app or a recovery
 * code) are both required, so a session left open on a shared computer cannot do it. Refused
 * when the user's role requires a second factor. Ends all the user's sessions (database trigger).
 */
export async function disableTwoFactor(actor: Actor, input: unknown, now = new Date()): Promise<WriteResult> {
  const parsed = disableTwoFactorSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByField(parsed.error) };
  const current = await db.user.findUnique({ where: { id: actor.userId }, select: { passwordHash: true, totpEnabledAt: true } });
  if (!current) throw new NotFoundError();
  if (!current.totpEnabledAt) throw new InvalidStateError("twoFactorAlreadyOff");
  if (mustEnrolSecondFactor(await getSecurityConfig(db), actor.role, false)) throw new InvalidStateError("twoFactorRequiredForRole");
  if (!current.passwordHash || !(await verifyPassword(current.passwordHash, parsed.data.password))) {
    return { ok: false, fieldErrors: { password: "twoFactorWrongPassword" } };
  }

  return db.$transaction(async (tx) => {
    const user = await lockUserForSecondFactor(tx, actor.userId);
    if (!user) throw new NotFoundError();
    const outcome = await checkSecondFactor(tx, actor.userId, parsed.data.code, now);
    if (outcome === "notEnabled") throw new InvalidStateError("twoFactorAlreadyOff");
    if (outcome !== "totp" && outcome !== "recoveryCode") return { ok: false, fieldErrors: { code: "twoFactorWrongCode" } };
    await tx.user.update({ where: { id: actor.userId }, data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null }, select: { id: true } });
    await tx.recoveryCode.deleteMany({ where: { userId: actor.userId } });
    await writeAuditEvent(tx, actor.userId, {
      action: "account.twoFactorDisabled",
      entityType: "User",
      entityId: actor.userId,
      before: { enabledAt: user.totpEnabledAt!.toISOString() },
    });
    return { ok: true, data: undefined };
  });
}
