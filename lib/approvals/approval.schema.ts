// What the assessment, case-plan and closure forms share: the case version every write carries
// (one optimistic-concurrency mechanism for the whole case file), the supervisor's decision, and
// field errors as message keys under "errors" in messages/*.json. No server-only import: the
// forms use these schemas too.
import { z } from "zod";
import { inputString } from "@/lib/text/input-string";
import { fieldErrorsByPath } from "@/lib/field-errors";

/** A free-text field; "" when left empty. */
export const text = (max: number) => inputString({ error: "invalid" }).trim().max(max, { error: "tooLong" });

/** A free-text field that must be filled. */
export const requiredText = (max: number) =>
  inputString({ error: "required" }).trim().min(1, { error: "required" }).max(max, { error: "tooLong" });

export const caseVersionSchema = z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).positive({ error: "invalid" });

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
  const version = caseVersionSchema.safeParse(caseVersion);
  const parsed = schema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByPath(parsed.error) };
  if (!version.success) return { ok: false, fieldErrors: { caseVersion: "invalid" } };
  return { ok: true, caseVersion: version.data, data: parsed.data };
}
