import "server-only";
import { createHash } from "node:crypto";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { RateLimitedError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { rateLimitPolicies, retryAfterMinutes, type RateLimitPolicy, type RateLimitPolicyName } from "./policies";

/** The table the migration creates (prisma/schema.prisma, model RateLimit). */
const TABLE = "RateLimit";

// One small pool per process (kept across dev reloads like lib/db.ts's client), created on first
// use since `next build` loads this module without a database. Each check is a single statement.
type Cache = { pool?: pg.Pool; limiters?: Map<RateLimitPolicyName, RateLimiterPostgres> };
const cache = globalThis as unknown as { rateLimit?: Cache };

function limiterFor(policy: RateLimitPolicy): RateLimiterPostgres {
  const state = (cache.rateLimit ??= {});
  if (!state.pool) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set (npm start sets it; see README).");
    state.pool = new pg.Pool({ connectionString, max: 4, idleTimeoutMillis: 10_000, allowExitOnIdle: true });
    // An idle connection dropped by the server (e.g. a restart) must not crash the process: the
    // pool opens a new one on the next check.
    state.pool.on("error", (error) => console.error("rate-limit pool:", error.message));
  }
  state.limiters ??= new Map();
  let limiter = state.limiters.get(policy.name);
  if (!limiter) {
    limiter = new RateLimiterPostgres({
      storeClient: state.pool,
      storeType: "pool",
      tableName: TABLE,
      // Created by the migration, not by the library at run time.
      tableCreated: true,
      keyPrefix: policy.name,
      points: policy.points,
      duration: policy.windowSeconds,
    });
    state.limiters.set(policy.name, limiter);
  }
  return limiter;
}

/** Stored keys are hashes: the table holds no email or address in clear, and any length fits. */
function keyOf(subject: string): string {
  return createHash("sha256").update(subject).digest("base64url");
}

/**
 * The library rejects a refused attempt with a RateLimiterRes (not an Error) and a store failure
 * with the store's error. Recognised by shape too, in case a bundle holds a second copy of the class.
 */
function isRefusal(rejection: unknown): rejection is RateLimiterRes {
  if (rejection instanceof RateLimiterRes) return true;
  return typeof rejection === "object" && rejection !== null && !(rejection instanceof Error) && "msBeforeNext" in rejection && "consumedPoints" in rejection;
}

type Outcome = { policy: RateLimitPolicy; refused: false } | { policy: RateLimitPolicy; refused: true; msBeforeNext: number; first: boolean };

/**
 * Counts one attempt in the policy's window, in one atomic INSERT … ON CONFLICT … RETURNING, so
 * that parallel attempts on several app instances are all counted. Refused attempts count too.
 */
async function consume(policy: RateLimitPolicy, subject: string): Promise<Outcome> {
  try {
    await limiterFor(policy).consume(keyOf(subject));
    return { policy, refused: false };
  } catch (rejection) {
    if (!isRefusal(rejection)) throw rejection instanceof Error ? rejection : new Error("Rate limit check failed", { cause: rejection });
    // Exactly one attempt sees the count just past the limit: the first refusal of the window.
    return { policy, refused: true, msBeforeNext: rejection.msBeforeNext, first: rejection.consumedPoints === policy.points + 1 };
  }
}

export type RateLimitAudit = {
  /** The signed-in user, or null (sign-in). */
  actorId: string | null;
  /** What identifies the subject in the audit trail when the actor does not (email, address). */
  subject?: Prisma.InputJsonObject;
};

/**
 * Counts the attempt under every named policy for this subject. Over any limit: records the
 * refusal (the first of each window only, so that a flood cannot flood the audit trail) and
 * throws RateLimitedError with the longest wait.
 */
export async function enforceRateLimits(names: RateLimitPolicyName[], subject: string, audit: RateLimitAudit): Promise<void> {
  const policies = rateLimitPolicies();
  const outcomes = await Promise.all(names.map((name) => consume(policies[name], subject)));
  const refusals = outcomes.filter((outcome) => outcome.refused);
  if (refusals.length === 0) return;
  const toAudit = refusals.filter((refusal) => refusal.first);
  if (toAudit.length > 0) {
    await db.$transaction(async (tx) => {
      for (const { policy, msBeforeNext } of toAudit) {
        await writeAuditEvent(tx, audit.actorId, {
          action: "rateLimit.exceeded",
          entityType: "RateLimit",
          entityId: policy.name,
          after: { limit: policy.points, windowSeconds: policy.windowSeconds, retryAfterMinutes: retryAfterMinutes(msBeforeNext), ...audit.subject },
        });
      }
    });
  }
  throw new RateLimitedError(retryAfterMinutes(Math.max(...refusals.map((refusal) => refusal.msBeforeNext))));
}

/** Gives back one attempt (e.g. a sign-in that succeeded does not count against its address). */
export async function giveBackAttempt(name: RateLimitPolicyName, subject: string): Promise<void> {
  await limiterFor(rateLimitPolicies()[name]).reward(keyOf(subject), 1);
}

/** Starts the subject's window afresh (e.g. an account after a successful sign-in). */
export async function resetRateLimit(name: RateLimitPolicyName, subject: string): Promise<void> {
  await limiterFor(rateLimitPolicies()[name]).delete(keyOf(subject));
}
