// The security settings form (administrator): which roles must use two-factor sign-in, and the
// idle timeout. Shared by the form and the DAL; messages are keys under "errors".
import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";
import { checkboxArray } from "@/lib/validation/fields";

export const securityConfigFormSchema = z.object({
  twoFactorRequiredRoles: checkboxArray(z.enum(ROLES, { error: "invalid" })).transform((roles) => [...new Set(roles)]),
  idleTimeoutMinutes: z.coerce
    .number({ error: "wholeNumber" })
    .int({ error: "wholeNumber" })
    .min(2, { error: "idleTimeoutRange" })
    .max(240, { error: "idleTimeoutRange" }),
});
export type SecurityConfigFormInput = z.input<typeof securityConfigFormSchema>;
