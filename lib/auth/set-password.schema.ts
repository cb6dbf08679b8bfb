// The set-password form (a one-time link): shared by the page's form and lib/auth/account-tokens.ts.
// The password policy itself (length, strength, personal words) is checked by the server with the
// account's name and e-mail (lib/auth/password-policy.ts).
import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "./password-policy";

export const setPasswordSchema = z
  .object({
    // Not trimmed: spaces are part of a passphrase.
    password: z.string({ error: "required" }).min(1, { error: "required" }).max(PASSWORD_MAX_LENGTH, { error: "password.tooLong" }),
    confirm: z.string({ error: "required" }).min(1, { error: "required" }),
  })
  .refine((values) => values.password === values.confirm, { path: ["confirm"], error: "password.mismatch" });

export type SetPasswordInput = z.input<typeof setPasswordSchema>;
