// Registration schema, shared by the form (zodResolver) and the server action, so the two can
// never disagree. Error messages are keys under "errors" in messages/*.json.
import { z } from "zod";
import { ReferralSource, SeparationType, Sex } from "@/lib/generated/prisma/enums";
import { isCountryCode } from "@/lib/reference/countries";
import { LANGUAGE_CODES } from "@/lib/reference/languages";
import { ageOn, dateOfBirthForEstimatedAge, parseIsoDate, todayUtc } from "./dates";

export const MAX_CHILD_AGE = 17;

// Latin or Arabic script (any letter, with combining marks), spaces, hyphens, apostrophes, dots.
// Empty passes here: "required" reports it, once.
const NAME = /^(?:[\p{L}\p{M}][\p{L}\p{M}'’ .-]*)?$/u;

const requiredName = z
  .string()
  .trim()
  .min(1, { error: "required" })
  .max(100, { error: "tooLong" })
  .regex(NAME, { error: "nameCharacters" });

const optionalText = z
  .string()
  .trim()
  .max(200, { error: "tooLong" })
  .optional()
  .transform((value) => (value ? value : undefined));

const choice = <T extends Record<string, string>>(values: T) => z.enum(values, { error: "required" });

/** A past-or-today date as "YYYY-MM-DD"; empty is allowed (the mode decides if it is needed). */
const pastDate = z
  .string()
  .trim()
  .optional()
  .superRefine((value, ctx) => {
    if (!value) return;
    const date = parseIsoDate(value);
    if (!date) ctx.addIssue({ code: "custom", message: "invalidDate" });
    else if (date > todayUtc()) ctx.addIssue({ code: "custom", message: "dateInFuture" });
  });

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
    dateOfBirth: pastDate.refine(
      (value) => !value || !parseIsoDate(value) || ageOn(parseIsoDate(value)!, todayUtc()) <= MAX_CHILD_AGE,
      { error: "ageOver17" },
    ),
    estimatedAge: z
      .string()
      .trim()
      .optional()
      .refine((value) => !value || /^\d{1,2}$/.test(value), { error: "ageNumber" })
      .refine((value) => !value || !/^\d{1,2}$/.test(value) || Number(value) <= MAX_CHILD_AGE, { error: "ageOver17" }),
    nationality: z
      .string({ error: "required" })
      .trim()
      .toUpperCase()
      .min(1, { error: "required" })
      .refine((code) => code === "" || isCountryCode(code), { error: "unknownNationality" }),
    languages: z.array(z.enum(LANGUAGE_CODES), { error: "languagesRequired" }).min(1, { error: "languagesRequired" }),
    separationType: choice(SeparationType),
    arrivalDate: pastDate.refine((value) => !!value, { error: "required" }),
    referralSource: choice(ReferralSource),
    /** Only asked of someone attached to several centres; the DAL checks it is one of theirs. */
    centreId: z.string().trim().optional(),
  })
  .refine((input) => input.dobKnown !== "exact" || !!input.dateOfBirth, {
    ...always,
    path: ["dateOfBirth"],
    error: "required",
  })
  .refine((input) => input.dobKnown !== "estimated" || !!input.estimatedAge, {
    ...always,
    path: ["estimatedAge"],
    error: "required",
  })
  .refine(
    (input) => {
      const birth = input.dobKnown === "exact" && input.dateOfBirth ? parseIsoDate(input.dateOfBirth) : null;
      const arrival = input.arrivalDate ? parseIsoDate(input.arrivalDate) : null;
      return !birth || !arrival || birth <= arrival;
    },
    { ...always, path: ["dateOfBirth"], error: "birthAfterArrival" },
  )
  .transform((input) => {
    const today = todayUtc();
    const arrivalDate = parseIsoDate(input.arrivalDate!)!;
    const estimated = input.dobKnown === "estimated";
    let dateOfBirth = estimated
      ? dateOfBirthForEstimatedAge(Number(input.estimatedAge), today)
      : parseIsoDate(input.dateOfBirth!)!;
    // An infant who arrived recently: an estimate must not fall after the arrival date.
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
    };
  });

export type RegisterChildInput = z.input<typeof registerChildSchema>;
export type RegisterChildData = z.output<typeof registerChildSchema>;

/** Field → message key, for the form and for the action's typed result. */
export type FieldErrors = Partial<Record<keyof RegisterChildInput, string>>;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return errors as FieldErrors;
}
