import "server-only";
import { CredentialsSignin } from "next-auth";
import { RateLimitedError } from "@/lib/errors";
import { clientAddress, trustedProxyHops } from "./client-address";
import { enforceRateLimits, giveBackAttempt, resetRateLimit } from "./rate-limiter";

/** Thrown from authorize() so the login page can say "too many attempts, wait N minutes". */
export class SignInRateLimitedError extends CredentialsSignin {
  code = "rate_limited";
  constructor(readonly retryAfterMinutes: number) {
    super();
  }
}

/** RateLimitedError, recognised by name and shape too (the sign-in runs in Auth.js's own call stack). */
function isRateLimited(failure: unknown): failure is RateLimitedError {
  return failure instanceof RateLimitedError || (failure instanceof Error && failure.name === "RateLimitedError" && "retryAfterMinutes" in failure);
}

export type SignInLimit = { succeeded: () => Promise<void> };

/**
 * Counts a sign-in attempt for the typed email (known or not, so the answer tells nothing about
 * accounts) and for the client's address, before any password is hashed. Over either limit it
 * throws SignInRateLimitedError. The caller reports a success, which clears the account's count
 * and gives the address its attempt back: only failures add up.
 */
export async function limitSignIn(emailInput: unknown, request: Request | undefined): Promise<SignInLimit> {
  const email = String(emailInput ?? "").trim().toLowerCase();
  const address = clientAddress(request?.headers ?? new Headers(), trustedProxyHops());
  const checks = await Promise.allSettled([
    enforceRateLimits(["signInAccount"], email, { actorId: null, subject: { email: email.slice(0, 254) } }),
    enforceRateLimits(["signInAddress"], address, { actorId: null, subject: { address } }),
  ]);
  const failures = checks.flatMap((check) => (check.status === "rejected" ? [check.reason as unknown] : []));
  const unexpected = failures.find((failure) => !isRateLimited(failure));
  if (unexpected) {
    console.error("sign-in rate limit check failed:", unexpected);
    throw unexpected instanceof Error ? unexpected : new Error("Sign-in rate limit check failed", { cause: unexpected });
  }
  if (failures.length > 0) {
    throw new SignInRateLimitedError(Math.max(...failures.map((failure) => (failure as RateLimitedError).retryAfterMinutes)));
  }
  return {
    succeeded: async () => {
      await Promise.all([resetRateLimit("signInAccount", email), giveBackAttempt("signInAddress", address)]);
    },
  };
}
