// Sign-in lockout, pure: 6 wrong passwords in a row lock the account for 15 minutes.
export const MAX_FAILED_LOGINS = 6;
export const LOCKOUT_MINUTES = 15;

export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}

/** State after one more failure, given the failures counted so far. */
export function afterFailedLogin(failedSoFar: number, now: Date): { failedLoginCount: number; lockedUntil: Date | null } {
  const failed = failedSoFar + 1;
  if (failed >= MAX_FAILED_LOGINS) {
    return { failedLoginCount: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) };
  }
  return { failedLoginCount: failed, lockedUntil: null };
}
