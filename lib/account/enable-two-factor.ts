import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { encryptTotpSecret, normaliseCode, openEnrolment, verifyTotp } from "@/lib/auth/two-factor";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { InvalidStateError, NotFoundError } from "@/lib/errors";
import { fieldErrorsByField } from "@/lib/field-errors";
import { enableTwoFactorSchema } from "./two-factor.schema";
import { lockUserForSecondFactor, replaceRecoveryCodes } from "./recovery-codes";

/**
 * Turns on two-factor sign-in once a code from the app proves the secret was scanned; returns the
 * ten recovery codes, shown this once. Changing the secret ends all the user's sessions (database
 * trigger, docs/adr/0016-session-revocation.md): the user then signs in again with a code.
 */
export async function enableTwoFactor(actor: Actor, input: unknown, now = new Date()): Promise<WriteResult<{ recoveryCodes: string[] }>> {
  const parsed = enableTwoFactorSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByField(parsed.error) };
  const secret = openEnrolment(parsed.data.enrolment, actor.userId, now);
  // Expired or altered: the page shows a new QR code after a reload.
  if (secret === null) throw new InvalidStateError("enrolmentExpired");
  const checked = await verifyTotp(secret, normaliseCode(parsed.data.code), null, now);
  if (!checked.ok) return { ok: false, fieldErrors: { code: "twoFactorWrongCode" } };

  return db.$transaction(async (tx) => {
    const user = await lockUserForSecondFactor(tx, actor.userId);
    if (!user) throw new NotFoundError();
    if (user.totpEnabledAt) throw new InvalidStateError("twoFactorAlreadyOn");
    await tx.user.update({
      where: { id: actor.userId },
      data: { totpSecret: encryptTotpSecret(secret), totpEnabledAt: now, totpLastStep: checked.step },
      select: { id: true },
    });
    const recoveryCodes = await replaceRecoveryCodes(tx, actor.userId);
    await writeAuditEvent(tx, actor.userId, {
      action: "account.twoFactorEnabled",
      entityType: "User",
      entityId: actor.userId,
      after: { enabledAt: now.toISOString(), recoveryCodes: recoveryCodes.length },
    });
    return { ok: true, data: { recoveryCodes } };
  });
}
