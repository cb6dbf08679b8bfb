// The coordinator's roster form, shared by the form and the DAL. Messages are keys under "errors".
import { z } from "zod";
import { inputString } from "@/lib/text/input-string";
import { PanelRole } from "@/lib/generated/prisma/enums";
import { requiredText } from "@/lib/validation/fields";

export const panelMemberSchema = z.object({
  /** Empty when adding a member; the roster row's id when editing one. */
  panelMemberId: inputString().trim().optional().default(""),
  userId: inputString({ error: "required" }).trim().min(1, { error: "required" }),
  expertise: requiredText(500),
  defaultRole: z.enum(PanelRole, { error: "required" }),
  active: z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean()),
});
export type PanelMemberInput = z.input<typeof panelMemberSchema>;
export type PanelMemberData = z.output<typeof panelMemberSchema>;

export const undertakingSchema = z.object({
  accept: z.literal(true, { error: "bid.mustAccept" }),
});
