// Best Interests Assessment form, shared by the form (zodResolver) and the DAL. A draft may be
// incomplete; submitting for approval needs the interview (date, language, whether an interpreter
// was used), the child's views, the recommendation and the "BID required?" decision (with its
// reason when a BID is required).
import { z } from "zod";
import { optionalPastDate } from "@/lib/dates/date-rules";
import { LANGUAGE_CODES } from "@/lib/reference/languages";
import { text } from "@/lib/validation/fields";
import { FACTOR_DOMAINS, type FactorDomain } from "./assessment.constants";

export { FACTOR_DOMAINS, type FactorDomain } from "./assessment.constants";
export type Factors = Record<FactorDomain, { risks: string; protective: string }>;

const LONG = 5000;

const factor = z.object({ risks: text(LONG).default(""), protective: text(LONG).default("") }).default({ risks: "", protective: "" });

const yesNo = z.enum(["yes", "no", ""], { error: "invalid" }).nullish();

const assessmentFields = z.object({
  interviewDate: optionalPastDate,
  interviewLanguage: z.union([z.enum(LANGUAGE_CODES, { error: "invalid" }), z.literal("")], { error: "invalid" }).nullish(),
  /** Radio value: "yes", "no", or nothing chosen yet. */
  interpreterUsed: yesNo,
  interpreterName: text(200).default(""),
  childViews: text(LONG).default(""),
  caregiverViews: text(LONG).default(""),
  factors: z
    .object({
      safety: factor,
      health: factor,
      education: factor,
      care: factor,
      documentation: factor,
      family: factor,
    })
    .default(emptyFactors()),
  options: text(LONG).default(""),
  recommendation: text(LONG).default(""),
  bidRequired: yesNo,
  bidReason: text(2000).default(""),
});

type Fields = z.output<typeof assessmentFields>;

const yesNoValue = (value: Fields["bidRequired"]) => (value === "yes" ? true : value === "no" ? false : null);

const toData = (input: Fields) => ({
  interviewDate: input.interviewDate,
  interviewLanguage: input.interviewLanguage || null,
  interpreterUsed: yesNoValue(input.interpreterUsed),
  // A name without an interpreter would be a contradiction the database refuses.
  interpreterName: input.interpreterUsed === "yes" ? input.interpreterName || null : null,
  childViews: input.childViews,
  caregiverViews: input.caregiverViews,
  factors: input.factors as Factors,
  options: input.options,
  recommendation: input.recommendation,
  bidRequired: yesNoValue(input.bidRequired),
  bidReason: input.bidReason || null,
});

export const assessmentDraftSchema = assessmentFields.transform(toData);

export const assessmentSubmitSchema = assessmentFields
  .superRefine((input, ctx) => {
    const missing = (path: string[]) => ctx.addIssue({ code: "custom", path, message: "required" });
    if (!input.interviewDate) missing(["interviewDate"]);
    if (!input.interviewLanguage) missing(["interviewLanguage"]);
    if (input.interpreterUsed !== "yes" && input.interpreterUsed !== "no") missing(["interpreterUsed"]);
    if (!input.childViews) missing(["childViews"]);
    if (!input.recommendation) missing(["recommendation"]);
    if (input.bidRequired !== "yes" && input.bidRequired !== "no") missing(["bidRequired"]);
    if (input.bidRequired === "yes" && !input.bidReason) missing(["bidReason"]);
  })
  .transform(toData);

export type AssessmentFormValues = z.input<typeof assessmentFields>;
export type AssessmentData = z.output<typeof assessmentDraftSchema>;

export function emptyFactors(): Factors {
  return Object.fromEntries(FACTOR_DOMAINS.map((domain) => [domain, { risks: "", protective: "" }])) as Factors;
}

/** The stored JSON as Factors, whatever domains it lacks (rows written before a domain existed). */
export function toFactors(json: unknown): Factors {
  const stored = typeof json === "object" && json !== null ? (json as Record<string, unknown>) : {};
  const factors = emptyFactors();
  for (const domain of FACTOR_DOMAINS) {
    const entry = stored[domain];
    if (typeof entry !== "object" || entry === null) continue;
    const { risks, protective } = entry as Record<string, unknown>;
    factors[domain] = { risks: typeof risks === "string" ? risks : "", protective: typeof protective === "string" ? protective : "" };
  }
  return factors;
}
