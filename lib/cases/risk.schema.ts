import { z } from "zod";
import { RiskLevel } from "@/lib/generated/prisma/enums";
import { requiredText } from "@/lib/validation/fields";

/** Setting the risk level always says why (docs/domain.md, "Lifecycle, risk and due dates"). */
export const setRiskSchema = z.object({
  riskLevel: z.enum(RiskLevel, { error: "required" }),
  reason: requiredText(1000),
});

export type SetRiskInput = z.input<typeof setRiskSchema>;
