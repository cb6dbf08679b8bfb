// The account forms (create and change), shared by the pages' forms and lib/users. What depends on
// the database (the organisation's type and country, the centres, a taken e-mail) is checked by
// lib/users/check-account.ts.
import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";
import { LOCALES } from "@/lib/i18n/locales";
import { inputString } from "@/lib/text/input-string";
import { checkbox, requiredName } from "@/lib/validation/fields";
import { UUID } from "@/lib/validation/uuid";

/** More centres than any deployment has: a bound on what a request may carry. */
const MAX_CENTRES = 50;

const accountFields = {
  name: requiredName,
  role: z.enum(ROLES, { error: "required" }),
  organisationId: inputString({ error: "required" }).min(1, { error: "required" }).regex(UUID, { error: "unknownOrganisation" }),
  // react-hook-form gives `false` when no box is ticked.
  centreIds: z.preprocess(
    (value) => (value === false || value == null ? [] : value),
    z.array(inputString({ error: "unknownCentre" }).regex(UUID, { error: "unknownCentre" }), { error: "invalid" }).max(MAX_CENTRES, { error: "tooMany" }),
  ),
  // "" = the browser's language.
  preferredLocale: z
    .enum(["", ...LOCALES], { error: "invalid" })
    .optional()
    .transform((value) => (value ? value : null)),
};

export const createUserSchema = z.object({
  ...accountFields,
  email: inputString({ error: "required" })
    .trim()
    .toLowerCase()
    .min(1, { error: "required" })
    .max(254, { error: "tooLong" })
    .pipe(z.email({ error: "emailFormat" })),
});

export const updateUserSchema = z.object({
  ...accountFields,
  active: checkbox,
  version: z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).positive({ error: "invalid" }),
});

export type CreateUserInput = z.input<typeof createUserSchema>;
export type CreateUserValues = z.output<typeof createUserSchema>;
export type UpdateUserInput = z.input<typeof updateUserSchema>;
export type UpdateUserValues = z.output<typeof updateUserSchema>;
