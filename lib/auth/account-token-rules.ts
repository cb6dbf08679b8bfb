// One-time activation and reset links (docs/domain.md "Accounts and security"). Pure: the token's
// shape, its hash and its state; the database side is lib/auth/account-tokens.ts.
import { createHash, randomBytes } from "node:crypto";

/** How long a link stays valid after the administrator issues it. */
export const ACCOUNT_TOKEN_HOURS = 72;

/** 32 random bytes in base64url: 43 characters, no padding. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export type AccountTokenState = "valid" | "used" | "expired";

/**
 * A fresh token and what is stored of it. Only the SHA-256 is kept: a copy of the database does
 * not give usable links, and 256 random bits need no slow hash (nothing to guess from a digest).
 */
export function newAccountToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashAccountToken(token) };
}

export function hashAccountToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Whether a string from a URL can be a token at all (anything else is unknown without a query). */
export function isAccountTokenShape(token: unknown): token is string {
  return typeof token === "string" && TOKEN_SHAPE.test(token);
}

export function accountTokenExpiry(issuedAt: Date): Date {
  return new Date(issuedAt.getTime() + ACCOUNT_TOKEN_HOURS * 3_600_000);
}

/** A used (or replaced) token stays used whatever the time; an unused one is valid until its expiry. */
export function accountTokenState(token: { usedAt: Date | null; expiresAt: Date }, now: Date): AccountTokenState {
  if (token.usedAt) return "used";
  return now.getTime() < token.expiresAt.getTime() ? "valid" : "expired";
}
