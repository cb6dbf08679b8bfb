import "server-only";
import { z } from "zod";
import { ConflictError, InvalidStateError, NotFoundError, RateLimitedError } from "./errors";
import { keyedFieldErrors } from "./field-errors";
import { inputString } from "./text/input-string";

/**
 * What a DAL write returns when it does not throw: done with its data, or field errors (message
 * keys under "errors", field paths as the form names them) and nothing written. Its other
 * refusals are thrown (lib/errors) and become the other variants of ActionResult in runAction.
 */
export type WriteResult<T = undefined> = { ok: true; data: T } | { ok: false; fieldErrors: Record<string, string> };

/**
 * What every server action returns to its form: success, field errors (message keys), a
 * conflict, or a typed failure. `invalidInput`: the arguments do not have the shape the form
 * sends (a tampered request or a page older than the server) — the form asks for a reload.
 */
export type ActionResult<T = undefined> =
  | WriteResult<T>
  | { ok: false; conflict: { byName: string | null; at: string } }
  | { ok: false; error: "notFound" | "invalidState" | "invalidInput"; reason?: string }
  // No `reason`: code that reads the reason of the failures above still type-checks.
  | { ok: false; error: "rateLimited"; retryAfterMinutes: number; reason?: undefined };

/**
 * The shapes of a server action's arguments. Anyone can post anything to an action, so each
 * argument is checked before use; the fields of a form's values are the DAL's schema's business.
 */
export const param = {
  /** A record's id, as the page rendered it. */
  id: z.guid(),
  /** A record's optimistic-concurrency version. */
  version: z.number().int().min(0).max(2_147_483_647),
  /** A form's values: a plain object (not an array, a string or null). */
  values: z.record(inputString(), z.unknown()),
  /** A short name chosen by the page (a section, an export kind). */
  name: inputString().max(100),
  formData: z.instanceof(FormData),
};

type Parsed<P extends readonly z.ZodType[]> = { -readonly [K in keyof P]: z.output<P[K]> };

/**
 * Runs a server action: checks its raw arguments against `params` (a mismatch is
 * `invalidInput`, nothing runs), then maps the DAL's domain errors to results and makes sure no
 * field error carries anything but a message key. Anything else (including Next's redirect from
 * an expired session) propagates.
 */
export async function runAction<const P extends readonly z.ZodType[], T>(
  args: readonly unknown[],
  params: P,
  work: (...values: Parsed<P>) => Promise<ActionResult<T>>,
): Promise<ActionResult<T>> {
  const parsed = z.tuple(params as unknown as [z.ZodType]).safeParse(args);
  if (!parsed.success) return { ok: false, error: "invalidInput" };
  try {
    const result = await work(...(parsed.data as unknown as Parsed<P>));
    if (!result.ok && "fieldErrors" in result) return { ok: false, fieldErrors: keyedFieldErrors(result.fieldErrors) };
    return result;
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
