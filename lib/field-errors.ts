// A refused form write carries, per field, a message KEY under "errors" in messages/*.json —
// never a sentence. Schemas name their own keys; an issue without one would carry zod's default
// English text, so it gets a generic key chosen by its code instead. Pure: forms use it too.
import type { z } from "zod";

/** "required", "placement.centreFull": what a schema's message looks like (zod's own never do). */
const MESSAGE_KEY = /^[a-z][A-Za-z0-9]*(?:\.[a-z][A-Za-z0-9]*)*$/;

function isMessageKey(message: unknown): message is string {
  return typeof message === "string" && MESSAGE_KEY.test(message);
}

export function messageKeyOf(issue: z.core.$ZodIssue): string {
  if (isMessageKey(issue.message)) return issue.message;
  if (issue.code === "too_big") return issue.origin === "string" ? "tooLong" : issue.origin === "array" ? "tooMany" : "tooLarge";
  return "invalid";
}

/** Field path as react-hook-form names it ("members.0.name") → key; the first issue per field wins. */
export function fieldErrorsByPath(error: z.ZodError): Record<string, string> {
  return collect(error, (path) => (path.length ? path.map(String).join(".") : "form"));
}

/** The same, keyed by the top-level field ("languages.2" → "languages"), for flat forms. */
export function fieldErrorsByField(error: z.ZodError): Record<string, string> {
  return collect(error, (path) => String(path[0] ?? "form"));
}

/** Last guard on what leaves a server action: anything that is not a key becomes "invalid". */
export function keyedFieldErrors(errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([field, message]) => [field, isMessageKey(message) ? message : "invalid"]));
}

function collect(error: z.ZodError, fieldOf: (path: PropertyKey[]) => string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[fieldOf(issue.path)] ??= messageKeyOf(issue);
  return errors;
}
