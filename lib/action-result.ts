import "server-only";
import { ConflictError, InvalidStateError, NotFoundError, RateLimitedError } from "./errors";

/** What every server action returns to its form: success, field errors or a typed failure. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; fieldErrors: Record<string, string> }
  | { ok: false; conflict: { byName: string | null; at: string } }
  | { ok: false; error: "notFound" | "invalidState"; reason?: string }
  // No `reason`: code that reads the reason of the failures above still type-checks.
  | { ok: false; error: "rateLimited"; retryAfterMinutes: number; reason?: undefined };

/**
 * Maps the DAL's domain errors to results. Anything else (including Next's redirect from an
 * expired session) propagates.
 */
export async function runAction<T>(work: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof NotFoundError) return { ok: false, error: "notFound" };
    if (error instanceof InvalidStateError) return { ok: false, error: "invalidState", reason: error.reason };
    if (error instanceof RateLimitedError) return { ok: false, error: "rateLimited", retryAfterMinutes: error.retryAfterMinutes };
    if (error instanceof ConflictError) {
      return { ok: false, conflict: { byName: error.changedByName, at: error.changedAt.toISOString() } };
    }
    throw error;
  }
}
