import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";

export type SignInOutcome = "succeeded" | "failed" | "locked";

export type OwnSignIn = {
  at: Date;
  outcome: SignInOutcome;
  /** Failed attempts in a row at that moment (failures only). */
  failedLoginCount: number | null;
  /** Until when sign-in was blocked (a lock only). */
  lockedUntil: Date | null;
};

const OUTCOME_OF_ACTION: Record<string, SignInOutcome> = {
  "auth.login.succeeded": "succeeded",
  "auth.login.failed": "failed",
  "auth.account.locked": "locked",
};

export const OWN_SIGN_INS_SHOWN = 10;

/**
 * The latest sign-in attempts on the actor's own account, newest first, from the audit trail:
 * so a user notices attempts that were not theirs. Only what the audit row records about the
 * attempt itself (when, outcome, the failure count, the lock's end) is returned.
 */
export async function listOwnSignIns(actor: Actor): Promise<OwnSignIn[]> {
  const rows = await db.auditEvent.findMany({
    where: { entityType: "User", entityId: actor.userId, action: { in: Object.keys(OUTCOME_OF_ACTION) } },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: OWN_SIGN_INS_SHOWN,
    select: { action: true, at: true, after: true },
  });
  return rows.map((row) => {
    const after = (row.after ?? {}) as { failedLoginCount?: unknown; lockedUntil?: unknown };
    const outcome = OUTCOME_OF_ACTION[row.action];
    const lockedUntil = outcome === "locked" && typeof after.lockedUntil === "string" ? new Date(after.lockedUntil) : null;
    return {
      at: row.at,
      outcome,
      failedLoginCount: outcome === "failed" && typeof after.failedLoginCount === "number" ? after.failedLoginCount : null,
      lockedUntil: lockedUntil && !Number.isNaN(lockedUntil.getTime()) ? lockedUntil : null,
    };
  });
}
