// Closure request and reopening forms, shared by the forms and the DAL.
import { z } from "zod";
import { requiredText } from "@/lib/validation/fields";
import { ClosureReason } from "@/lib/generated/prisma/enums";

export const closureRequestSchema = z.object({
  reason: z.enum(ClosureReason, { error: "required" }),
  summary: requiredText(5000),
});

export const reopenSchema = z.object({
  reason: requiredText(2000),
});

export type ClosureRequestValues = z.input<typeof closureRequestSchema>;
export type ReopenValues = z.input<typeof reopenSchema>;
