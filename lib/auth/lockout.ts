// Sign-in lockout, pure: 6 wrong passwords in a row lock the account for 15 minutes.
//
// An attempt is counted as a failure *before* its password is hashed (the hash is slow, and
// parallel guesses would otherwise all read the same count and all be hashed); a right password
// then resets the count. The caller applies each step under a row lock (lib/auth/verify-credentials.ts).
export const MAX_FAILED_LOGINS = 6;
export const LOCKOUT_MINUTES = 15;

/** The counter kept per account (User) and per unknown email (LoginThrottle). */
export type LockoutState = { failedLoginCount: number; lockedUntil: Date | null };

export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}

function lockedState(now: Date): LockoutState {
  return { failedLoginCount: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) };
}

export type AttemptStart =
  | { outcome: "locked" }
  | { outcome: "lockedNow"; next: LockoutState }
  | { outcome: "proceed"; next: LockoutState };

/**
 * Before hashing: refuse while locked; lock when the limit is already used up (attempts still
 * being hashed count as failures); otherwise count this attempt and let it be hashed. So at
 * most MAX_FAILED_LOGINS hashes are evaluated per lockout window, however many arrive at once.
 */
export function startAttempt(state: LockoutState, now: Date): AttemptStart {
  if (isLocked(state.lockedUntil, now)) return { outcome: "locked" };
  // A lock that has expired starts a fresh count.
  const counted = state.lockedUntil === null ? state.failedLoginCount : 0;
  if (counted >= MAX_FAILED_LOGINS) return { outcome: "lockedNow", next: lockedState(now) };
  return { outcome: "proceed", next: { failedLoginCount: counted + 1, lockedUntil: null } };
}

/**
 * After a wrong password (the attempt was counted by startAttempt). Never lifts a lock; locks
 * once the count reaches the limit.
 */
export function afterFailedLogin(state: LockoutState, now: Date): { next: LockoutState; lockedNow: boolean } {
  if (isLocked(state.lockedUntil, now)) return { next: state, lockedNow: false };
  // A success in between reset the count: this failure still counts once.
  const failed = Math.max(state.failedLoginCount, 1);
  if (failed >= MAX_FAILED_LOGINS) return { next: lockedState(now), lockedNow: true };
  return { next: { failedLoginCount: failed, lockedUntil: null }, lockedNow: false };
}

/** After a right password: refused if the account was locked meanwhile, else the count starts afresh. */
export function afterSuccessfulLogin(state: LockoutState, now: Date): { ok: true; next: LockoutState } | { ok: false } {
  if (isLocked(state.lockedUntil, now)) return { ok: false };
  return { ok: true, next: { failedLoginCount: 0, lockedUntil: null } };
}
