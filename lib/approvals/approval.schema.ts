// What the items a supervisor approves (assessment, case plan, closure) share: the case version
// every write carries (one optimistic-concurrency mechanism for the whole case file), the
// supervisor's decision, and field errors as message keys under "errors" in messages/*.json. No
// server-only import: the forms use these schemas too. Their field rules are the shared ones of
// lib/validation/fields.ts.
import { z } from "zod";
import { fieldErrorsByPath } from "@/lib/field-errors";
import { text, versionField } from "@/lib/validation/fields";

/** A supervisor's decision on a submitted item; a rejection says why. */
export const decisionSchema = z
  .object({
    decision: z.enum(["approve", "reject"], { error: "required" }),
    reason: text(2000).default(""),
  })
  .superRefine((input, ctx) => {
    if (input.decision === "reject" && !input.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "required" });
  })
  .transform(
    (input): { decision: "approve"; reason: null } | { decision: "reject"; reason: string } =>
      input.decision === "reject" ? { decision: "reject", reason: input.reason } : { decision: "approve", reason: null },
  );

export type DecisionInput = z.input<typeof decisionSchema>;

export type Parsed<T> = { ok: true; caseVersion: number; data: T } | { ok: false; fieldErrors: Record<string, string> };

/** Splits a write's input into the case version it was made from and the validated form values. */
export function parseVersioned<T>(schema: z.ZodType<T>, input: unknown): Parsed<T> {
  const record = typeof input === "object" && input !== null ? (input as Record<string, unknown>) : {};
  const { caseVersion, ...values } = record;
  const version = versionField.safeParse(caseVersion);
  const parsed = schema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByPath(parsed.error) };
  if (!version.success) return { ok: false, fieldErrors: { caseVersion: "invalid" } };
  return { ok: true, caseVersion: version.data, data: parsed.data };
}
