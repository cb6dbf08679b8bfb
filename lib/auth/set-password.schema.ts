// The set-password form (a one-time link): shared by the page's form and lib/auth/account-tokens.ts.
// The password policy itself (length, strength, personal words) is checked by the server with the
// account's name and e-mail (lib/auth/password-policy.ts).
import { z } from "zod";
import { passwordString } from "@/lib/text/input-string";
import { PASSWORD_MAX_LENGTH } from "./password-length";

export const setPasswordSchema = z
  .object({
    // Not trimmed: spaces are part of a passphrase.
    password: passwordString({ error: "required" }).min(1, { error: "required" }).max(PASSWORD_MAX_LENGTH, { error: "password.tooLong" }),
    confirm: passwordString({ error: "required" }).min(1, { error: "required" }),
  })
  .refine((values) => values.password === values.confirm, { path: ["confirm"], error: "password.mismatch" });

export type SetPasswordInput = z.input<typeof setPasswordSchema>;
