// Field rules shared by the case schemas (registration and the case-file sections). Error
// messages are keys under "errors" in messages/*.json.
import { z } from "zod";
import { isCountryCode } from "@/lib/reference/countries";
import { parseIsoDate, todayUtc } from "./dates";

// Latin or Arabic script (any letter, with combining marks), spaces, hyphens, apostrophes, dots.
// Empty passes here: "required" reports it, once.
const NAME = /^(?:[\p{L}\p{M}][\p{L}\p{M}'’ .-]*)?$/u;

export const requiredName = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .max(100, { error: "tooLong" })
  .regex(NAME, { error: "nameCharacters" });

/** Free text, optional: blank becomes null. */
export const optionalText = (max = 200) =>
  z
    .string({ error: "invalid" })
    .trim()
    .max(max, { error: "tooLong" })
    .optional()
    .transform((value) => (value ? value : null));

export const requiredText = (max = 2000) =>
  z.string({ error: "required" }).trim().min(1, { error: "required" }).max(max, { error: "tooLong" });

/** Message key for what is wrong with a required past-or-today "YYYY-MM-DD" date, or null. */
export function pastDateProblem(value: string | undefined | null): string | null {
  if (!value) return "required";
  const date = parseIsoDate(value);
  if (!date) return "invalidDate";
  return date > todayUtc() ? "dateInFuture" : null;
}

/** An optional past-or-today date: blank → null, otherwise a Date. */
export const optionalPastDate = z
  .string({ error: "invalid" })
  .trim()
  .optional()
  .superRefine((value, ctx) => {
    if (!value) return;
    const problem = pastDateProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .transform((value) => (value ? parseIsoDate(value) : null));

export const requiredPastDate = z
  .string({ error: "required" })
  .trim()
  .superRefine((value, ctx) => {
    const problem = pastDateProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .transform((value) => parseIsoDate(value)!);

export const countryCode = z
  .string({ error: "required" })
  .trim()
  .toUpperCase()
  .min(1, { error: "required" })
  .refine((code) => code === "" || isCountryCode(code), { error: "unknownNationality" });

export const optionalCountryCode = z
  .string({ error: "invalid" })
  .trim()
  .toUpperCase()
  .optional()
  .refine((code) => !code || isCountryCode(code), { error: "unknownCountry" })
  .transform((code) => (code ? code : null));

/** "yes" | "no" | "" from a radio group → true | false | null. */
export const triState = z
  .enum(["yes", "no", ""], { error: "invalid" })
  .optional()
  .transform((value) => (value === "yes" ? true : value === "no" ? false : null));

/** A checkbox value from a form: true/false, "on", "true". */
export const checkbox = z
  .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")], { error: "invalid" })
  .optional()
  .transform((value) => value === true || value === "on" || value === "true");

export { fieldErrorsByPath } from "@/lib/field-errors";

/** A group of checkboxes: react-hook-form gives `false` when none is ticked. */
export function checkboxArray<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => (value === false || value == null ? [] : value), z.array(item, { error: "invalid" }));
}
