// The administrator's centre forms, shared by the forms (zodResolver) and the DAL. Messages are keys
// under "errors". Rules: docs/domain.md, "Centres and organisations".
import { z } from "zod";
import { inputString } from "@/lib/text/input-string";
import { checkbox, optionalText, requiredText } from "@/lib/validation/fields";
import { MAX_CENTRE_CAPACITY } from "./centre.constants";

export { MAX_CENTRE_CAPACITY, WILAYAS } from "./centre.constants";

/** Beds, from a number input: "" is "required", not 0; 0 is allowed (a centre closed for works). */
const capacity = z.union([inputString(), z.number()], { error: "required" }).transform((value, ctx) => {
  const text = String(value).trim();
  const number = Number(text);
  const problem = !text ? "required" : !Number.isInteger(number) || number < 0 ? "wholeNumber" : number > MAX_CENTRE_CAPACITY ? "tooLarge" : null;
  if (problem) {
    ctx.addIssue({ code: "custom", message: problem });
    return z.NEVER;
  }
  return number;
});

const version = z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).min(0, { error: "invalid" });

const details = {
  name: requiredText(120),
  town: requiredText(80),
  region: requiredText(80),
  capacity,
};

/** A new centre: its code (three capital letters) becomes the prefix of its case numbers and never changes. */
export const createCentreSchema = z.object({
  code: inputString({ error: "required" })
    .trim()
    .toUpperCase()
    .min(1, { error: "required" })
    .refine((code) => code === "" || /^[A-Z]{3}$/.test(code), { error: "centre.codeFormat" }),
  ...details,
});

/**
 * An edit, at the version the form was read. `previousCapacity` is what the form showed: the form
 * asks for a reason as soon as the number differs; the DAL checks against the stored capacity.
 */
export const updateCentreSchema = z
  .object({
    ...details,
    active: checkbox,
    capacityReason: optionalText(500),
    previousCapacity: z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).optional(),
    version,
  })
  .superRefine((data, ctx) => {
    if (data.previousCapacity !== undefined && data.capacity !== data.previousCapacity && !data.capacityReason) {
      ctx.addIssue({ code: "custom", path: ["capacityReason"], message: "centre.capacityReasonRequired" });
    }
  });

export type CreateCentreInput = z.input<typeof createCentreSchema>;
export type UpdateCentreInput = z.input<typeof updateCentreSchema>;

