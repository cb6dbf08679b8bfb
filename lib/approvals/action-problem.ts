// What a form shows when a write did not go through: the conflict message, or one translated
// sentence (a key under "approval.errors" in messages/*.json, or "errors.invalidInput"). Pure;
// used by the client forms.
import type { ActionResult } from "@/lib/action-result";

export type Problem = { conflict: { byName: string | null; at: string } } | { message: string };

const KNOWN_REASONS = ["caseClosed", "notAtThisStep", "alreadySubmitted", "nothingSubmitted", "assessmentNotApproved", "caseNotClosed"];

export function problemOf(result: Exclude<ActionResult<unknown>, { ok: true }>): Problem {
  if ("conflict" in result) return { conflict: result.conflict };
  if ("fieldErrors" in result) return { message: "fixErrors" };
  if (result.error === "notFound" || result.error === "invalidInput") return { message: result.error };
  return { message: result.reason && KNOWN_REASONS.includes(result.reason) ? result.reason : "invalidState" };
}
