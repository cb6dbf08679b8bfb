import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { issueAccountToken } from "@/lib/auth/account-tokens";
import { can } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { InvalidStateError, NotFoundError } from "@/lib/errors";
import type { AccountTokenPurpose } from "@/lib/generated/prisma/enums";
import { isUuid } from "@/lib/validation/uuid";

export type IssuedLink = { token: string; purpose: AccountTokenPurpose; expiresAt: Date };

/**
 * The administrator issues a new one-time link for an account: an activation link while the user
 * has never signed in without one, otherwise a reset link. The current password stops working in
 * the same transaction (and the change ends the user's sessions, ADR 0016); earlier unused links
 * stop working too. Not for a deactivated account, nor for one's own (that is the account page).
 */
export async function issueUserLink(actor: Actor, userId: string): Promise<IssuedLink> {
  if (!can(actor, "user:manage")) throw new NotFoundError();
  if (!isUuid(userId)) throw new NotFoundError();
  return db.$transaction(async (tx) => {
    const [user] = await tx.$queryRaw<{ active: boolean; hasPassword: boolean; lastSignInAt: Date | null }[]>`
      SELECT "active", "passwordHash" IS NOT NULL AS "hasPassword", "lastSignInAt" FROM "User" WHERE "id" = ${userId}::uuid FOR UPDATE`;
    if (!user) throw new NotFoundError();
    if (userId === actor.userId) throw new InvalidStateError("ownAccountLink");
    if (!user.active) throw new InvalidStateError("userInactive");
    const purpose: AccountTokenPurpose = user.hasPassword || user.lastSignInAt ? "RESET" : "ACTIVATION";
    if (user.hasPassword) await tx.user.update({ where: { id: userId }, data: { passwordHash: null } });
    const link = await issueAccountToken(tx, { userId, purpose, issuedById: actor.userId });
    await writeAuditEvent(tx, actor.userId, {
      action: "user.linkIssued",
      entityType: "User",
      entityId: userId,
      after: { purpose, expiresAt: link.expiresAt.toISOString(), passwordCleared: user.hasPassword },
    });
    return { token: link.token, purpose, expiresAt: link.expiresAt };
  });
}
