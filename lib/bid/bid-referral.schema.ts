// Schemas of the caseworker's BID forms (referral, family tracing result), shared by the forms
// and the DAL. Messages are keys under "errors".
import { z } from "zod";
import { inputString } from "@/lib/text/input-string";

const version = z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).positive({ error: "invalid" });

export const referCaseSchema = z.object({
  reason: inputString({ error: "required" }).trim().min(1, { error: "required" }).max(2000, { error: "tooLong" }),
  familyTracingResult: inputString().trim().max(4000, { error: "tooLong" }).optional().default(""),
  /** The case version the worker read. */
  caseVersion: version,
});
export type ReferCaseInput = z.input<typeof referCaseSchema>;
export type ReferCaseData = z.output<typeof referCaseSchema>;

export const familyTracingSchema = z.object({
  familyTracingResult: inputString({ error: "required" }).trim().min(1, { error: "required" }).max(4000, { error: "tooLong" }),
  /** The referral version the worker read. */
  version,
});
export type FamilyTracingInput = z.input<typeof familyTracingSchema>;
export type FamilyTracingData = z.output<typeof familyTracingSchema>;
