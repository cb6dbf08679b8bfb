import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { resetRateLimit } from "@/lib/rate-limit/rate-limiter";
import { isUuid } from "@/lib/validation/uuid";

/**
 * The administrator unlocks an account after failed sign-ins: the failure count and the lock are
 * cleared (audited with what they were), and so is the account's sign-in rate limit, so the user
 * can sign in at once. An account that is not locked is left as it is, nothing written.
 */
export async function unlockUser(actor: Actor, userId: string): Promise<{ unlocked: boolean }> {
  if (!can(actor, "user:manage")) throw new NotFoundError();
  if (!isUuid(userId)) throw new NotFoundError();
  const result = await db.$transaction(async (tx) => {
    const [user] = await tx.$queryRaw<{ email: string; failedLoginCount: number; lockedUntil: Date | null }[]>`
      SELECT "email", "failedLoginCount", "lockedUntil" FROM "User" WHERE "id" = ${userId}::uuid FOR UPDATE`;
    if (!user) throw new NotFoundError();
    if (user.failedLoginCount === 0 && user.lockedUntil === null) return { unlocked: false, email: user.email };
    await tx.user.update({ where: { id: userId }, data: { failedLoginCount: 0, lockedUntil: null } });
    await writeAuditEvent(tx, actor.userId, {
      action: "user.unlocked",
      entityType: "User",
      entityId: userId,
      before: { failedLoginCount: user.failedLoginCount, lockedUntil: user.lockedUntil?.toISOString() ?? null },
    });
    return { unlocked: true, email: user.email };
  });
  if (result.unlocked) await resetRateLimit("signInAccount", result.email);
  return { unlocked: result.unlocked };
}
