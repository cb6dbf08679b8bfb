import "server-only";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db, type Tx } from "@/lib/db";
import { afterFailedLogin, afterSuccessfulLogin, isLocked, startAttempt, type LockoutState } from "./lockout";
import { timingDummyHash, verifyPassword } from "./password";
import { checkSecondFactor } from "./check-second-factor";

/**
 * "codeRequired": the password is right but the account has two-factor sign-in and no code was
 * given; "invalidCode": the password is right and the code is not. Neither is a session.
 */
export type CredentialsResult =
  | { ok: true; userId: string }
  | { ok: false; reason: "invalid" | "locked" | "codeRequired" | "invalidCode" };

// passwordHash is null until the account is activated: such an account matches no password.
type Account = LockoutState & { id: string; active: boolean; passwordHash: string | null };
/** Whose counter an attempt moves: a real account, or the throttle row of an unknown email. */
type Subject = { kind: "user"; id: string } | { kind: "unknown"; email: string };

/**
 * Checks an email and password, then (for an account with two-factor sign-in) the code: a TOTP
 * code or a recovery code (docs/adr/0029-two-factor-sign-in.md). A wrong code counts towards the
 * lockout like a wrong password. Unknown emails are counted and locked exactly like real
 * accounts (in LoginThrottle), so the answer never tells whether an account exists.
 *
 * Each attempt takes two short transactions around the slow hash, each deciding under a row
 * lock on the counter: the first counts the attempt (or refuses it while locked), the second
 * records the outcome and checks the lock again, so a lock set by parallel attempts during the
 * hash also refuses a right password.
 */
export async function verifyCredentials(emailInput: string, password: string, now = new Date(), code = ""): Promise<CredentialsResult> {
  const email = emailInput.trim().toLowerCase();
  if (!email || email.length > 254 || !password || password.length > 1024) return { ok: false, reason: "invalid" };

  const start = await db.$transaction(async (tx) => {
    const account = await lockAccountByEmail(tx, email);
    const subject: Subject = account ? { kind: "user", id: account.id } : { kind: "unknown", email };
    const state = account ?? (await lockThrottle(tx, email));
    const step = startAttempt(state, now);
    if (step.outcome !== "locked") await saveState(tx, subject, step.next);
    if (step.outcome === "lockedNow") await auditFailure(tx, subject, step.next, true);
    return { account, subject, outcome: step.outcome };
  });
  if (start.outcome !== "proceed") return { ok: false, reason: "locked" };

  const { account, subject } = start;
  const passwordMatches = await verifyPassword(account?.passwordHash ?? (await timingDummyHash()), password);

  return db.$transaction(async (tx) => {
    const state = subject.kind === "user" ? await lockAccountById(tx, subject.id) : await lockThrottle(tx, subject.email);
    if (passwordMatches && account?.active && subject.kind === "user") {
      if (isLocked(state.lockedUntil, now)) return { ok: false, reason: "locked" } as const;
      // The attempt stays counted (startAttempt) until a code is accepted: asking again and
      // again with the password alone never resets the count the codes are guessed against.
      const secondFactor = await checkSecondFactor(tx, subject.id, code, now);
      if (secondFactor === "missing") return { ok: false, reason: "codeRequired" } as const;
      if (secondFactor === "wrong") {
        const failure = afterFailedLogin(state, now);
        await saveState(tx, subject, failure.next);
        await auditFailure(tx, subject, failure.next, failure.lockedNow);
        return { ok: false, reason: failure.lockedNow ? "locked" : "invalidCode" } as const;
      }
      const success = afterSuccessfulLogin(state, now);
      if (!success.ok) return { ok: false, reason: "locked" } as const;
      await saveState(tx, subject, success.next);
      await tx.user.update({ where: { id: subject.id }, data: { lastSignInAt: now }, select: { id: true } });
      await writeAuditEvent(tx, subject.id, {
        action: "auth.login.succeeded",
        entityType: "User",
        entityId: subject.id,
        after: { secondFactor: secondFactor === "notEnabled" ? null : secondFactor },
      });
      return { ok: true, userId: subject.id } as const;
    }
    const failure = afterFailedLogin(state, now);
    await saveState(tx, subject, failure.next);
    await auditFailure(tx, subject, failure.next, failure.lockedNow);
    return { ok: false, reason: isLocked(failure.next.lockedUntil, now) ? "locked" : "invalid" } as const;
  });
}

async function lockAccountByEmail(tx: Tx, email: string): Promise<Account | null> {
  const [row] = await tx.$queryRaw<Account[]>`
    SELECT "id", "active", "passwordHash", "failedLoginCount", "lockedUntil" FROM "User" WHERE "email" = ${email} FOR UPDATE`;
  return row ?? null;
}

async function lockAccountById(tx: Tx, id: string): Promise<LockoutState> {
  const [row] = await tx.$queryRaw<LockoutState[]>`
    SELECT "failedLoginCount", "lockedUntil" FROM "User" WHERE "id" = ${id}::uuid FOR UPDATE`;
  return row;
}

/**
 * The throttle row of an unknown email, created on first use and locked, in one statement:
 * parallel first attempts meet on the primary key instead of failing on it.
 */
async function lockThrottle(tx: Tx, email: string): Promise<LockoutState> {
  const [row] = await tx.$queryRaw<LockoutState[]>`
    INSERT INTO "LoginThrottle" ("email", "updatedAt") VALUES (${email}, now())
    ON CONFLICT ("email") DO UPDATE SET "updatedAt" = EXCLUDED."updatedAt"
    RETURNING "failedLoginCount", "lockedUntil"`;
  return row;
}

async function saveState(tx: Tx, subject: Subject, next: LockoutState) {
  if (subject.kind === "user") await tx.user.update({ where: { id: subject.id }, data: next });
  else await tx.loginThrottle.update({ where: { email: subject.email }, data: next });
}

async function auditFailure(tx: Tx, subject: Subject, next: LockoutState, lockedNow: boolean) {
  const action = lockedNow ? "auth.account.locked" : "auth.login.failed";
  if (subject.kind === "user") {
    await writeAuditEvent(tx, null, {
      action,
      entityType: "User",
      entityId: subject.id,
      after: { failedLoginCount: next.failedLoginCount, lockedUntil: next.lockedUntil?.toISOString() ?? null },
    });
  } else {
    await writeAuditEvent(tx, null, { action, entityType: "LoginThrottle", entityId: null, after: { email: subject.email } });
  }
}
