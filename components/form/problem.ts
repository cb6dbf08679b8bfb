// What a form shows when a write did not go through, as data: one pure mapping from a server
// action's refused result, and one from a problem to the message key that says it. The problem box
// (problem-box.tsx) renders it; the hooks (use-action-form.ts) produce it.
import type { ActionResult } from "@/lib/action-result";

export type Problem =
  /** Fields are marked (by the browser's check or the server's): "correct the fields shown". */
  | { kind: "fixErrors" }
  /** A refusal that belongs to no one field ("the centre is full"): a message key under "errors". */
  | { kind: "form"; key: string }
  /** Someone saved the record since it was read: "changed by X at HH:MM — reload". */
  | { kind: "conflict"; byName: string | null; at: string }
  | { kind: "notFound" }
  /** Not possible in the record's current state; `reason` names which rule refused it. */
  | { kind: "invalidState"; reason: string | null }
  /** The request's arguments did not have the shape the form sends: reload. */
  | { kind: "invalidInput" }
  | { kind: "rateLimited"; minutes: number }
  /** The request itself failed (network, server error): what was typed stays in the form. */
  | { kind: "failed" };

export type Refused = Exclude<ActionResult<unknown>, { ok: true }>;

export function problemOf(result: Refused): Problem {
  if ("fieldErrors" in result) return result.fieldErrors.form ? { kind: "form", key: result.fieldErrors.form } : { kind: "fixErrors" };
  if ("conflict" in result) return { kind: "conflict", ...result.conflict };
  switch (result.error) {
    case "rateLimited":
      return { kind: "rateLimited", minutes: result.retryAfterMinutes };
    case "invalidState":
      return { kind: "invalidState", reason: result.reason ?? null };
    case "notFound":
      return { kind: "notFound" };
    case "invalidInput":
      return { kind: "invalidInput" };
  }
}

/** The field errors of a refused result, without the form-level one (it goes above the form). */
export function fieldErrorsOf(result: Refused): Record<string, string> {
  if (!("fieldErrors" in result)) return {};
  return Object.fromEntries(Object.entries(result.fieldErrors).filter(([field]) => field !== "form"));
}

export type ProblemKind = Exclude<Problem["kind"], "conflict">;

/**
 * The message of a problem: `messages` is the namespace of the form's own texts
 * ("placements", "bid.errors"), tried first; `errors.<kind>` is the shared fallback. A refused
 * state shows its reason's text when the namespace has one. `texts` replaces a kind's key outright
 * (absolute keys). `has` says whether a key exists in the catalogue.
 */
export function problemMessage(
  problem: Exclude<Problem, { kind: "conflict" }>,
  messages: string | undefined,
  has: (key: string) => boolean,
  texts: Partial<Record<ProblemKind, string>> = {},
): { key: string; values?: Record<string, number> } {
  const override = texts[problem.kind];
  if (override) return { key: override };
  if (problem.kind === "invalidInput") return { key: "errors.invalidInput" };
  if (problem.kind === "rateLimited") return { key: "errors.rateLimited", values: { minutes: problem.minutes } };
  if (problem.kind === "form") return { key: has(`errors.${problem.key}`) ? `errors.${problem.key}` : "errors.invalid" };
  const own = (name: string) => (messages && has(`${messages}.${name}`) ? `${messages}.${name}` : null);
  if (problem.kind === "invalidState") return { key: (problem.reason && own(problem.reason)) || own("invalidState") || "errors.invalidState" };
  return { key: own(problem.kind) ?? `errors.${problem.kind}` };
}
