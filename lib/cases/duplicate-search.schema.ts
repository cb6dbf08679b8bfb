// Schemas of the "search before registering" step, shared by its forms and the server actions.
// Error messages are keys under "errors" in messages/*.json.
import { z } from "zod";
import { inputString, nameString } from "@/lib/text/input-string";
import { NAME, requiredName, requiredText } from "@/lib/validation/fields";
import { Sex } from "@/lib/generated/prisma/enums";
import { isCountryCode } from "@/lib/reference/countries";
import { CASE_NUMBER_PATTERN } from "./case-number";
import { isoDateProblem, MAX_CHILD_AGE, pastEventProblem } from "@/lib/dates/date-rules";
import { dateOfBirthForEstimatedAge, parseIsoDate, todayUtc } from "@/lib/dates/calendar";
import { uuidField } from "@/lib/validation/uuid";

const optionalString = inputString({ error: "invalid" }).trim().optional();

/**
 * What the worker knows before registering: names (required), and if known sex, date of birth
 * or approximate age, nationality. Output: the names and the birth year the search compares.
 */
export const duplicateSearchSchema = z
  .object({
    firstName: requiredName,
    lastName: requiredName,
    otherNames: nameString({ error: "invalid" }).trim().max(200, { error: "tooLong" }).regex(NAME, { error: "nameCharacters" }).optional(),
    sex: z.union([z.enum(Sex), z.literal("")], { error: "invalid" }).optional(),
    dobKnown: z.enum(["exact", "estimated", "unknown"], { error: "invalid" }).default("unknown"),
    dateOfBirth: optionalString,
    estimatedAge: optionalString,
    nationality: inputString({ error: "invalid" })
      .trim()
      .toUpperCase()
      .refine((code) => code === "" || isCountryCode(code), { error: "unknownNationality" })
      .optional(),
  })
  .superRefine((input, ctx) => {
    if (input.dobKnown === "exact") {
      const problem = isoDateProblem(input.dateOfBirth, (date) => pastEventProblem(date));
      if (problem) ctx.addIssue({ code: "custom", path: ["dateOfBirth"], message: problem });
    } else if (input.dobKnown === "estimated") {
      const age = input.estimatedAge ?? "";
      const problem = !age ? "required" : !/^\d{1,2}$/.test(age) ? "ageNumber" : Number(age) > MAX_CHILD_AGE ? "ageOver17" : null;
      if (problem) ctx.addIssue({ code: "custom", path: ["estimatedAge"], message: problem });
    }
  })
  .transform((input) => {
    const birthDate =
      input.dobKnown === "exact"
        ? parseIsoDate(input.dateOfBirth!)
        : input.dobKnown === "estimated"
          ? dateOfBirthForEstimatedAge(Number(input.estimatedAge), todayUtc())
          : null;
    return {
      firstName: input.firstName,
      lastName: input.lastName,
      otherNames: input.otherNames || null,
      sex: input.sex || null,
      birthYear: birthDate ? birthDate.getUTCFullYear() : null,
      nationality: input.nationality || null,
    };
  });

export type DuplicateSearchInput = z.input<typeof duplicateSearchSchema>;
export type DuplicateSearchData = z.output<typeof duplicateSearchSchema>;

/** A worker asks the supervisor of a case found outside their scope for access to it. */
export const caseAccessRequestSchema = z.object({
  // Out-of-scope matches carry no id: the worker names the case by the number they were shown.
  caseNumber: inputString({ error: "required" }).trim().regex(CASE_NUMBER_PATTERN, { error: "invalid" }),
  reason: requiredText(500),
});

export type CaseAccessRequestInput = z.input<typeof caseAccessRequestSchema>;

/** Why the worker registers a new child although the search showed likely matches. */
export const newChildReasonSchema = z.object({
  duplicateCheckNote: requiredText(500),
});

export type NewChildReasonInput = z.input<typeof newChildReasonSchema>;

/** The supervisor grants or denies an access request. */
export const accessDecisionSchema = z.object({
  requestId: uuidField(),
  grant: z.boolean({ error: "invalid" }),
});

export type AccessDecisionInput = z.input<typeof accessDecisionSchema>;
