import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { InvalidStateError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/uuid";

/**
 * The administrator removes a user's second factor (a lost phone and no recovery code left): the
 * secret and recovery codes are deleted and the user's sessions end (database trigger). A user
 * whose role requires a second factor is asked to enrol a new one at their next sign-in.
 */
export async function resetTwoFactor(actor: Actor, userId: string): Promise<WriteResult> {
  if (!can(actor, "user:manage") || !isUuid(userId)) throw new NotFoundError();
  return db.$transaction(async (tx) => {
    const [user] = await tx.$queryRaw<{ totpEnabledAt: Date | null }[]>`
      SELECT "totpEnabledAt" FROM "User" WHERE "id" = ${userId}::uuid FOR UPDATE`;
    if (!user) throw new NotFoundError();
    if (!user.totpEnabledAt) throw new InvalidStateError("twoFactorAlreadyOff");
    await tx.user.update({ where: { id: userId }, data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null }, select: { id: true } });
    const removed = await tx.recoveryCode.deleteMany({ where: { userId } });
    await writeAuditEvent(tx, actor.userId, {
      action: "user.twoFactorReset",
      entityType: "User",
      entityId: userId,
      before: { enabledAt: user.totpEnabledAt.toISOString(), recoveryCodes: removed.count },
    });
    return { ok: true, data: undefined };
  });
}
