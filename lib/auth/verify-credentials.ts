import "server-only";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { afterFailedLogin, isLocked } from "./lockout";
import { timingDummyHash, verifyPassword } from "./password";

export type CredentialsResult = { ok: true; userId: string } | { ok: false; reason: "invalid" | "locked" };

/**
 * Checks an email and password. Unknown emails are counted and locked exactly like real
 * accounts (in LoginThrottle), so the answer never tells whether an account exists.
 */
export async function verifyCredentials(emailInput: string, password: string, now = new Date()): Promise<CredentialsResult> {
  const email = emailInput.trim().toLowerCase();
  if (!email || email.length > 254 || !password || password.length > 1024) return { ok: false, reason: "invalid" };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, active: true, passwordHash: true, failedLoginCount: true, lockedUntil: true },
  });

  if (!user) {
    await verifyPassword(await timingDummyHash(), password);
    return db.$transaction(async (tx) => {
      await tx.loginThrottle.upsert({ where: { email }, create: { email }, update: {} });
      const [throttle] = await tx.$queryRaw<{ failedLoginCount: number; lockedUntil: Date | null }[]>`
        SELECT "failedLoginCount", "lockedUntil" FROM "LoginThrottle" WHERE "email" = ${email} FOR UPDATE`;
      if (isLocked(throttle.lockedUntil, now)) return { ok: false, reason: "locked" } as const;
      const next = afterFailedLogin(throttle.failedLoginCount, now);
      await tx.loginThrottle.update({ where: { email }, data: next });
      const locked = next.lockedUntil !== null;
      await writeAuditEvent(tx, null, {
        action: locked ? "auth.account.locked" : "auth.login.failed",
        entityType: "LoginThrottle",
        entityId: null,
        after: { email },
      });
      return { ok: false, reason: locked ? "locked" : "invalid" } as const;
    });
  }

  if (isLocked(user.lockedUntil, now)) return { ok: false, reason: "locked" };

  const passwordMatches = await verifyPassword(user.passwordHash, password);
  return db.$transaction(async (tx) => {
    if (passwordMatches && user.active) {
      if (user.failedLoginCount > 0 || user.lockedUntil) {
        await tx.user.update({ where: { id: user.id }, data: { failedLoginCount: 0, lockedUntil: null } });
      }
      await writeAuditEvent(tx, user.id, { action: "auth.login.succeeded", entityType: "User", entityId: user.id });
      return { ok: true, userId: user.id } as const;
    }
    // Count under a row lock so that parallel attempts cannot slip past the limit.
    const [current] = await tx.$queryRaw<{ failedLoginCount: number }[]>`
      SELECT "failedLoginCount" FROM "User" WHERE "id" = ${user.id}::uuid FOR UPDATE`;
    const next = afterFailedLogin(current.failedLoginCount, now);
    await tx.user.update({ where: { id: user.id }, data: next });
    const locked = next.lockedUntil !== null;
    await writeAuditEvent(tx, null, {
      action: locked ? "auth.account.locked" : "auth.login.failed",
      entityType: "User",
      entityId: user.id,
      after: { failedLoginCount: next.failedLoginCount, lockedUntil: next.lockedUntil?.toISOString() ?? null },
    });
    return { ok: false, reason: locked ? "locked" : "invalid" } as const;
  });
}
