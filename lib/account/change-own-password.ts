import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { afterFailedLogin, afterSuccessfulLogin, isLocked, startAttempt, type LockoutState } from "@/lib/auth/lockout";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db, type Tx } from "@/lib/db";
import { NotFoundError, RateLimitedError } from "@/lib/errors";
import { fieldErrorsByField } from "@/lib/field-errors";
import { changePasswordSchema } from "./account.schema";

type Account = LockoutState & { passwordHash: string | null };

/**
 * The signed-in user changes their own password (docs/domain.md, "Own account"). The new one
 * must meet the password rules; the current one is required and each wrong one is counted on the
 * sign-in lockout counter, exactly like a failed sign-in, so a stolen session cannot try
 * passwords here faster than at the login page. The change raises the session version (a
 * database trigger): every session of the user ends, this one included.
 */
export async function changeOwnPassword(actor: Actor, input: unknown, now = new Date()): Promise<WriteResult> {
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByField(parsed.error) };
  const { currentPassword, newPassword } = parsed.data;

  // The new password is judged first: no attempt is counted for a form that could not succeed.
  const owner = await db.user.findUnique({ where: { id: actor.userId }, select: { name: true, email: true } });
  if (!owner) throw new NotFoundError();
  const problem = passwordProblem(newPassword, owner);
  if (problem) return { ok: false, fieldErrors: { newPassword: `password.${problem}` } };
  if (newPassword === currentPassword) return { ok: false, fieldErrors: { newPassword: "password.sameAsCurrent" } };

  // Counted before the slow hash, under the row lock (as sign-in does, lib/auth/verify-credentials.ts).
  const start = await db.$transaction(async (tx) => {
    const account = await lockAccount(tx, actor.userId);
    const step = startAttempt(account, now);
    if (step.outcome === "locked") return { kind: "locked", lockedUntil: account.lockedUntil } as const;
    await saveState(tx, actor.userId, step.next);
    if (step.outcome === "lockedNow") {
      await auditFailure(tx, actor.userId, step.next, true);
      return { kind: "locked", lockedUntil: step.next.lockedUntil } as const;
    }
    return { kind: "counted", passwordHash: account.passwordHash } as const;
  });
  if (start.kind === "locked") throw lockedError(start.lockedUntil, now);

  const matches = start.passwordHash !== null && (await verifyPassword(start.passwordHash, currentPassword));
  const newHash = matches ? await hashPassword(newPassword) : null;

  const outcome = await db.$transaction(async (tx) => {
    const state = await lockAccount(tx, actor.userId);
    if (!matches || !newHash) {
      const failure = afterFailedLogin(state, now);
      await saveState(tx, actor.userId, failure.next);
      await auditFailure(tx, actor.userId, failure.next, failure.lockedNow);
      return { kind: "wrong", lockedUntil: failure.next.lockedUntil } as const;
    }
    const success = afterSuccessfulLogin(state, now);
    // Locked by parallel wrong attempts while this one was being checked.
    if (!success.ok) return { kind: "locked", lockedUntil: state.lockedUntil } as const;
    await tx.user.update({ where: { id: actor.userId }, data: { ...success.next, passwordHash: newHash }, select: { id: true } });
    await writeAuditEvent(tx, actor.userId, { action: "account.passwordChanged", entityType: "User", entityId: actor.userId });
    return { kind: "changed" } as const;
  });
  if (outcome.kind === "changed") return { ok: true, data: undefined };
  if (isLocked(outcome.lockedUntil, now)) throw lockedError(outcome.lockedUntil, now);
  return { ok: false, fieldErrors: { currentPassword: "password.wrongCurrent" } };
}

function lockedError(lockedUntil: Date | null, now: Date): RateLimitedError {
  const ms = (lockedUntil?.getTime() ?? now.getTime()) - now.getTime();
  return new RateLimitedError(Math.max(1, Math.ceil(ms / 60_000)));
}

async function lockAccount(tx: Tx, userId: string): Promise<Account> {
  const [row] = await tx.$queryRaw<Account[]>`
    SELECT "passwordHash", "failedLoginCount", "lockedUntil" FROM "User" WHERE "id" = ${userId}::uuid FOR UPDATE`;
  if (!row) throw new NotFoundError();
  return row;
}

async function saveState(tx: Tx, userId: string, next: LockoutState) {
  await tx.user.update({ where: { id: userId }, data: next, select: { id: true } });
}

async function auditFailure(tx: Tx, userId: string, next: LockoutState, lockedNow: boolean) {
  const after = { failedLoginCount: next.failedLoginCount, lockedUntil: next.lockedUntil?.toISOString() ?? null };
  // The same lock event as sign-in's, so the account's history and the user's list of sign-ins show it.
  if (lockedNow) await writeAuditEvent(tx, userId, { action: "auth.account.locked", entityType: "User", entityId: userId, after });
  else await writeAuditEvent(tx, userId, { action: "account.passwordChangeRefused", entityType: "User", entityId: userId, after });
}
