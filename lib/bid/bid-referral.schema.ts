// Schemas of the caseworker's BID forms (referral, family tracing result), shared by the forms
// and the DAL. Messages are keys under "errors".
import { z } from "zod";
import { inputString } from "@/lib/text/input-string";
import { requiredText, versionField } from "@/lib/validation/fields";

export const referCaseSchema = z.object({
  reason: requiredText(2000),
  familyTracingResult: inputString().trim().max(4000, { error: "tooLong" }).optional().default(""),
  /** The case version the worker read. */
  caseVersion: versionField,
});
export type ReferCaseInput = z.input<typeof referCaseSchema>;
export type ReferCaseData = z.output<typeof referCaseSchema>;

export const familyTracingSchema = z.object({
  familyTracingResult: requiredText(4000),
  /** The referral version the worker read. */
  version: versionField,
});
export type FamilyTracingInput = z.input<typeof familyTracingSchema>;
export type FamilyTracingData = z.output<typeof familyTracingSchema>;
