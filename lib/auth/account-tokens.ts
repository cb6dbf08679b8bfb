import "server-only";
import type { WriteResult } from "@/lib/action-result";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db, type Tx } from "@/lib/db";
import { fieldErrorsByField } from "@/lib/field-errors";
import type { AccountTokenPurpose } from "@/lib/generated/prisma/enums";
import { accountTokenExpiry, accountTokenState, hashAccountToken, isAccountTokenShape, newAccountToken, type AccountTokenState } from "./account-token-rules";
import { enforceRateLimits } from "@/lib/rate-limit/rate-limiter";
import { hashPassword } from "./password";
import { passwordProblem } from "./password-policy";
import { setPasswordSchema } from "./set-password.schema";

/**
 * Issues a one-time link for the user, in the caller's transaction (which audits it): any earlier
 * unused link of theirs stops working, so only the newest one handed over can be used. Returns the
 * token itself, which is shown once and never stored.
 */
export async function issueAccountToken(
  tx: Tx,
  input: { userId: string; purpose: AccountTokenPurpose; issuedById: string; now?: Date },
): Promise<{ token: string; expiresAt: Date }> {
  const now = input.now ?? new Date();
  await tx.accountToken.updateMany({ where: { userId: input.userId, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  const { token, tokenHash } = newAccountToken();
  const expiresAt = accountTokenExpiry(now);
  await tx.accountToken.create({ data: { userId: input.userId, purpose: input.purpose, tokenHash, expiresAt, issuedById: input.issuedById } });
  return { token, expiresAt };
}

export type AccountTokenView =
  | { state: "valid"; purpose: AccountTokenPurpose; name: string; email: string }
  | { state: Exclude<AccountTokenState, "valid"> | "unknown" };

/** What the set-password page shows for a link: the form (with whose account it is) or why not. */
export async function inspectAccountToken(token: unknown, now: Date = new Date()): Promise<AccountTokenView> {
  if (!isAccountTokenShape(token)) return { state: "unknown" };
  const row = await db.accountToken.findUnique({
    where: { tokenHash: hashAccountToken(token) },
    select: { purpose: true, usedAt: true, expiresAt: true, user: { select: { name: true, email: true, active: true } } },
  });
  // A deactivated account's link leads nowhere, like an unknown one.
  if (!row || !row.user.active) return { state: "unknown" };
  const state = accountTokenState(row, now);
  return state === "valid" ? { state, purpose: row.purpose, name: row.user.name, email: row.user.email } : { state };
}

export type SetPasswordOutcome = WriteResult<{ email: string }> | { ok: false; tokenState: Exclude<AccountTokenState, "valid"> | "unknown" };

/**
 * Sets the user's own password with a one-time link: the password must meet the policy (with the
 * user's name and e-mail as personal words). The token row is locked, so two submissions of the
 * same link cannot both succeed; the lockout is cleared; the change is audited as the user's own.
 * The password change raises the session version (a database trigger), ending any other session.
 * Rate limited per client address (RateLimitedError).
 */
export async function setPasswordWithToken(
  token: unknown,
  input: unknown,
  options: { clientAddress: string; now?: Date },
): Promise<SetPasswordOutcome> {
  const now = options.now ?? new Date();
  if (!isAccountTokenShape(token)) return { ok: false, tokenState: "unknown" };
  const parsed = setPasswordSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByField(parsed.error) };
  // Counted once the form is complete, before the account is read and the password hashed.
  await enforceRateLimits(["accountLink"], options.clientAddress, { actorId: null, subject: { address: options.clientAddress } });
  const tokenHash = hashAccountToken(token);

  const owner = await db.accountToken.findUnique({ where: { tokenHash }, select: { user: { select: { name: true, email: true } } } });
  if (!owner) return { ok: false, tokenState: "unknown" };
  const problem = passwordProblem(parsed.data.password, owner.user);
  if (problem) return { ok: false, fieldErrors: { password: `password.${problem}` } };
  // Hashed before the transaction: argon2 takes tens of milliseconds the row lock need not wait for.
  const passwordHash = await hashPassword(parsed.data.password);

  return db.$transaction(async (tx): Promise<SetPasswordOutcome> => {
    const [row] = await tx.$queryRaw<{ id: string; userId: string; purpose: AccountTokenPurpose; usedAt: Date | null; expiresAt: Date }[]>`
      SELECT "id", "userId", "purpose"::text AS "purpose", "usedAt", "expiresAt" FROM "AccountToken" WHERE "tokenHash" = ${tokenHash} FOR UPDATE`;
    if (!row) return { ok: false, tokenState: "unknown" };
    const state = accountTokenState(row, now);
    if (state !== "valid") return { ok: false, tokenState: state };
    const user = await tx.user.findUnique({ where: { id: row.userId }, select: { active: true, email: true } });
    if (!user?.active) return { ok: false, tokenState: "unknown" };

    await tx.accountToken.update({ where: { id: row.id }, data: { usedAt: now } });
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash, failedLoginCount: 0, lockedUntil: null } });
    await writeAuditEvent(tx, row.userId, { action: "user.passwordSet", entityType: "User", entityId: row.userId, after: { purpose: row.purpose } });
    return { ok: true, data: { email: user.email } };
  });
}
