// The administrator's organisation form, shared by the form (zodResolver) and the DAL. Messages are
// keys under "errors". Rules: docs/domain.md, "Centres and organisations".
import { z } from "zod";
import { OrganisationType } from "@/lib/generated/prisma/enums";
import { isCountryCode } from "@/lib/reference/countries";
import { inputString } from "@/lib/text/input-string";
import { optionalText, requiredText } from "@/lib/validation/fields";

/** Capital letters and digits, in groups joined by single hyphens: MASEF, NGO-SAHEL. */
export const ORGANISATION_CODE = /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/;

/**
 * The countries offered for an organisation: where the children come from and pass through.
 * Names come from Intl.DisplayNames in the reader's language; the DAL accepts any ISO code.
 */
export const ORGANISATION_COUNTRY_CODES = ["MR", "SN", "ML", "GN", "CI", "GM", "GW", "SL", "MA", "DZ", "BF", "NE", "NG", "FR", "CH", "US"];

const fields = {
  code: inputString({ error: "required" })
    .trim()
    .toUpperCase()
    .min(1, { error: "required" })
    .max(20, { error: "tooLong" })
    .refine((code) => code === "" || ORGANISATION_CODE.test(code), { error: "organisation.codeFormat" }),
  name: requiredText(200),
  nameAr: optionalText(200),
  type: z.enum(OrganisationType, { error: "required" }),
  country: inputString({ error: "required" })
    .trim()
    .toUpperCase()
    .min(1, { error: "required" })
    .refine((code) => code === "" || isCountryCode(code), { error: "unknownCountry" }),
};

export const createOrganisationSchema = z.object(fields);
/** An edit, at the version the form was read. */
export const updateOrganisationSchema = z.object({
  ...fields,
  version: z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).min(0, { error: "invalid" }),
});

export type OrganisationFormInput = z.input<typeof updateOrganisationSchema>;
