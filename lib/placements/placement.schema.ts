// Placement schemas, shared by the forms (zodResolver) and the server actions. One record for
// every type: the type-specific fields are validated by a discriminated union on `type`.
// Error messages are keys under "errors" in messages/*.json.
import { z } from "zod";
import { inputString } from "@/lib/text/input-string";
import { optionalText, requiredText, versionField } from "@/lib/validation/fields";
import { requiredPastDate } from "@/lib/dates/date-rules";
import { PlacementEndReason } from "@/lib/generated/prisma/enums";

export { PLACEMENT_TYPES } from "./placement.constants";

const PHONE = /^\+?[0-9 ()-]{6,20}$/;

const requiredPhone = inputString({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .refine((value) => PHONE.test(value), { error: "phoneFormat" });

const optionalPhone = inputString({ error: "invalid" })
  .trim()
  .optional()
  .refine((value) => !value || PHONE.test(value), { error: "phoneFormat" })
  .transform((value) => (value ? value : null));

const common = {
  startDate: requiredPastDate,
  notes: optionalText(2000),
};

export const admitPlacementSchema = z.discriminatedUnion(
  "type",
  [
    // The centre is the case's own centre (a move to another centre is a transfer).
    z.object({ type: z.literal("CPISE_RESIDENTIAL"), ...common, capacityOverrideReason: optionalText(1000) }),
    z.object({ type: z.literal("FOSTER_FAMILY"), ...common, fosterFamilyId: inputString({ error: "required" }).trim().min(1, { error: "required" }) }),
    z.object({
      type: z.literal("KINSHIP_CARE"),
      ...common,
      caregiverName: requiredText(200),
      caregiverRelationship: requiredText(100),
      address: requiredText(300),
      contactPhone: requiredPhone,
    }),
    z.object({
      type: z.literal("SUPERVISED_INDEPENDENT_LIVING"),
      ...common,
      placeName: requiredText(200),
      address: requiredText(300),
      contactPhone: optionalPhone,
    }),
    z.object({ type: z.literal("OTHER_SHELTER"), ...common, placeName: requiredText(200), address: requiredText(300) }),
  ],
  { error: "placement.typeRequired" },
);

export type AdmitPlacementInput = z.input<typeof admitPlacementSchema>;
export type AdmitPlacementData = z.output<typeof admitPlacementSchema>;

export const dischargePlacementSchema = z.object({
  placementId: inputString({ error: "required" }).trim().min(1, { error: "required" }),
  version: versionField,
  endDate: requiredPastDate,
  endReason: z.enum(
    Object.values(PlacementEndReason).filter((r) => r !== "TRANSFERRED") as [PlacementEndReason, ...PlacementEndReason[]],
    { error: "required" },
  ),
  endNotes: optionalText(2000),
});

export type DischargePlacementInput = z.input<typeof dischargePlacementSchema>;
export type DischargePlacementData = z.output<typeof dischargePlacementSchema>;

export const transferPlacementSchema = z.object({
  placementId: inputString({ error: "required" }).trim().min(1, { error: "required" }),
  version: versionField,
  toCentreId: inputString({ error: "required" }).trim().min(1, { error: "required" }),
  date: requiredPastDate,
  notes: optionalText(2000),
  capacityOverrideReason: optionalText(1000),
});

export type TransferPlacementInput = z.input<typeof transferPlacementSchema>;
export type TransferPlacementData = z.output<typeof transferPlacementSchema>;

/** Whole days in care from start to end (or to `today` while the placement is active). */
export function daysInCare(startDate: Date, endDate: Date | null, today: Date): number {
  const end = endDate ?? today;
  return Math.max(0, Math.round((end.getTime() - startDate.getTime()) / 86_400_000));
}


/** Closing the review a foster family's suspension asked for: what was checked and decided. */
export const completeReviewSchema = z.object({
  placementId: inputString({ error: "required" }).trim().min(1, { error: "required" }),
  version: versionField,
  note: requiredText(2000),
});

export type CompleteReviewInput = z.input<typeof completeReviewSchema>;
export type CompleteReviewData = z.output<typeof completeReviewSchema>;
