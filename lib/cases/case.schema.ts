// Registration schema, shared by the form (zodResolver) and the server action, so the two can
// never disagree. Error messages are keys under "errors" in messages/*.json.
import { z } from "zod";
import { inputString } from "@/lib/text/input-string";
import { ReferralSource, SeparationType, Sex } from "@/lib/generated/prisma/enums";
import { LANGUAGE_CODES } from "@/lib/reference/languages";
import {
  arrivalBeforeEstimatedBirth,
  isoDateProblem,
  MAX_CHILD_AGE,
  pastDateString,
  pastEventProblem,
} from "@/lib/dates/date-rules";
import { ageOn, dateOfBirthForEstimatedAge, parseIsoDate, todayUtc } from "@/lib/dates/calendar";
import { countryCode, requiredName } from "@/lib/validation/fields";

const optionalText = inputString({ error: "invalid" })
  .trim()
  .max(200, { error: "tooLong" })
  .optional()
  .transform((value) => (value ? value : undefined));

/** Kept as typed; which of date of birth / estimated age is checked depends on the mode. */
const optionalString = inputString({ error: "invalid" }).trim().optional();

const choice = <T extends Record<string, string>>(values: T) => z.enum(values, { error: "required" });

function agePastLimit(value: string | undefined): string | null {
  return ageOn(parseIsoDate(value!)!, todayUtc()) > MAX_CHILD_AGE ? "ageOver17" : null;
}

function birthAfterArrival(input: { dateOfBirth?: string; arrivalDate?: unknown }): string | null {
  const arrival = typeof input.arrivalDate === "string" ? parseIsoDate(input.arrivalDate) : null;
  return arrival && parseIsoDate(input.dateOfBirth!)! > arrival ? "birthAfterArrival" : null;
}

// Checks that span several fields run even when another field is invalid, so the user sees
// every problem at once (`when`), but only on the fields they concern.
const always = { when: () => true };

export const registerChildSchema = z
  .object({
    firstName: requiredName,
    lastName: requiredName,
    otherNames: optionalText,
    sex: choice(Sex),
    dobKnown: z.enum(["exact", "estimated"], { error: "required" }),
    dateOfBirth: optionalString,
    estimatedAge: optionalString,
    nationality: countryCode,
    languages: z
      .array(z.enum(LANGUAGE_CODES, { error: "invalid" }), { error: "languagesRequired" })
      .min(1, { error: "languagesRequired" }),
    separationType: choice(SeparationType),
    arrivalDate: pastDateString,
    referralSource: choice(ReferralSource),
    /** Only asked of someone attached to several centres; the DAL checks it is one of theirs. */
    centreId: optionalString,
    /**
     * Why this is a new child although the duplicate search showed likely matches. The form asks
     * for it only when it showed matches; the server does not repeat the search to demand it.
     */
    duplicateCheckNote: inputString({ error: "invalid" })
      .trim()
      .max(500, { error: "tooLong" })
      .optional()
      .transform((value) => value || undefined),
  })
  .superRefine((input, ctx) => {
    // Only the field of the chosen mode is checked: a value left in the other one is ignored.
    if (input.dobKnown === "exact") {
      const problem = isoDateProblem(input.dateOfBirth, (date) => pastEventProblem(date)) ?? agePastLimit(input.dateOfBirth) ?? birthAfterArrival(input);
      if (problem) ctx.addIssue({ code: "custom", path: ["dateOfBirth"], message: problem });
    } else if (input.dobKnown === "estimated") {
      const age = input.estimatedAge ?? "";
      const problem = !age ? "required" : !/^\d{1,2}$/.test(age) ? "ageNumber" : Number(age) > MAX_CHILD_AGE ? "ageOver17" : null;
      if (problem) ctx.addIssue({ code: "custom", path: ["estimatedAge"], message: problem });
      const arrival = typeof input.arrivalDate === "string" ? parseIsoDate(input.arrivalDate) : null;
      if (!problem && arrival && arrivalBeforeEstimatedBirth(Number(age), arrival)) {
        ctx.addIssue({ code: "custom", path: ["arrivalDate"], message: "arrivalBeforeEstimatedBirth" });
      }
    }
  }, always)
  .transform((input) => {
    const today = todayUtc();
    const arrivalDate = parseIsoDate(input.arrivalDate!)!;
    const estimated = input.dobKnown === "estimated";
    let dateOfBirth = estimated
      ? dateOfBirthForEstimatedAge(Number(input.estimatedAge), today)
      : parseIsoDate(input.dateOfBirth!)!;
    // The estimate is mid-year; an arrival earlier in the possible year of birth moves it back.
    if (dateOfBirth > arrivalDate) dateOfBirth = arrivalDate;
    return {
      firstName: input.firstName,
      lastName: input.lastName,
      otherNames: input.otherNames ?? null,
      sex: input.sex,
      dateOfBirth,
      dateOfBirthEstimated: estimated,
      nationality: input.nationality,
      languages: [...new Set(input.languages)],
      separationType: input.separationType,
      arrivalDate,
      referralSource: input.referralSource,
      centreId: input.centreId || null,
      duplicateCheckNote: input.duplicateCheckNote,
    };
  });

export type RegisterChildInput = z.input<typeof registerChildSchema>;
export type RegisterChildData = z.output<typeof registerChildSchema>;
