// Form field rules shared by the schemas of every domain (cases, placements, foster families, the
// approval forms, BID decisions). Error messages are keys under "errors" in messages/*.json. No
// server-only import: the client forms use these schemas too.
import { z } from "zod";
import { inputString, nameString } from "@/lib/text/input-string";
import { isCountryCode } from "@/lib/reference/countries";

// Latin or Arabic script (any letter, with combining marks), spaces, hyphens, apostrophes, dots.
// Empty passes here: "required" reports it, once.
export const NAME = /^(?:[\p{L}\p{M}][\p{L}\p{M}'’ .-]*)?$/u;

export const requiredName = nameString({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .max(100, { error: "tooLong" })
  .regex(NAME, { error: "nameCharacters" });

/** A free-text field; "" when left empty. */
export const text = (max: number) => inputString({ error: "invalid" }).trim().max(max, { error: "tooLong" });

/** Free text, optional: blank becomes null. */
export const optionalText = (max = 200) =>
  inputString({ error: "invalid" })
    .trim()
    .max(max, { error: "tooLong" })
    .optional()
    .transform((value) => (value ? value : null));

export const requiredText = (max = 2000) =>
  inputString({ error: "required" }).trim().min(1, { error: "required" }).max(max, { error: "tooLong" });

export const countryCode = inputString({ error: "required" })
  .trim()
  .toUpperCase()
  .min(1, { error: "required" })
  .refine((code) => code === "" || isCountryCode(code), { error: "unknownNationality" });

export const optionalCountryCode = inputString({ error: "invalid" })
  .trim()
  .toUpperCase()
  .optional()
  .refine((code) => !code || isCountryCode(code), { error: "unknownCountry" })
  .transform((code) => (code ? code : null));

/** The version of the record the form was read at: a stale one is a conflict, never an overwrite. */
export const versionField = z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).positive({ error: "invalid" });

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

/** A group of checkboxes: react-hook-form gives `false` when none is ticked. */
export function checkboxArray<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => (value === false || value == null ? [] : value), z.array(item, { error: "invalid" }));
}
