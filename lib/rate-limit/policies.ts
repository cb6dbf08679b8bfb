/**
 * The rate limits, as named policies (ADR 0019 explains each number). A policy allows `points`
 * attempts per subject in a fixed window of `windowSeconds` that starts with the first attempt.
 * Pure: no database, so the numbers can be unit-tested and documented in one place.
 */
export type RateLimitPolicyName =
  | "signInAccount"
  | "signInAddress"
  | "duplicateSearchBurst"
  | "duplicateSearchDaily"
  | "caseAccessRequest"
  | "exportRequest"
  | "accountLink";

export type RateLimitPolicy = { name: RateLimitPolicyName; points: number; windowSeconds: number };

const MINUTE = 60;
const HOUR = 60 * MINUTE;

/** Failed sign-ins from one client address; raise it with this variable behind a large shared NAT. */
export const SIGN_IN_PER_ADDRESS_ENV = "RATE_LIMIT_SIGN_IN_PER_ADDRESS";
const SIGN_IN_PER_ADDRESS_DEFAULT = 30;

/** The per-address sign-in limit: the environment's whole positive number, else the default. */
export function signInPerAddressLimit(env: Record<string, string | undefined> = process.env): number {
  const raw = env[SIGN_IN_PER_ADDRESS_ENV]?.trim() ?? "";
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  return Number.isSafeInteger(value) && value > 0 ? value : SIGN_IN_PER_ADDRESS_DEFAULT;
}

export function rateLimitPolicies(env: Record<string, string | undefined> = process.env): Record<RateLimitPolicyName, RateLimitPolicy> {
  return {
    // Above the lockout's 6 so that a real user sees "locked" first; a sign-in that succeeds clears it.
    signInAccount: { name: "signInAccount", points: 10, windowSeconds: 15 * MINUTE },
    // Password spraying across accounts from one address; successful sign-ins are given back.
    signInAddress: { name: "signInAddress", points: signInPerAddressLimit(env), windowSeconds: 15 * MINUTE },
    // One registration takes one to three searches: a burst cap against scripted enumeration…
    duplicateSearchBurst: { name: "duplicateSearchBurst", points: 20, windowSeconds: MINUTE },
    // …and a day's cap far above a busy worker's day (about twenty registrations).
    duplicateSearchDaily: { name: "duplicateSearchDaily", points: 200, windowSeconds: 24 * HOUR },
    // Each request names a case number: the answer tells whether it exists.
    caseAccessRequest: { name: "caseAccessRequest", points: 10, windowSeconds: HOUR },
    // Each export builds a whole file in the background.
    exportRequest: { name: "exportRequest", points: 10, windowSeconds: HOUR },
    // Setting a password with a one-time link, per client address: each attempt hashes a password.
    accountLink: { name: "accountLink", points: 20, windowSeconds: 15 * MINUTE },
  };
}

/** Whole minutes to wait, rounded up and never 0, for "wait N minutes". */
export function retryAfterMinutes(msBeforeNext: number): number {
  return Math.max(1, Math.ceil(msBeforeNext / 60_000));
}
