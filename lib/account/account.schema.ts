// The own-account forms' schemas, shared by the browser and the server (no server-only import,
// and nothing of zxcvbn: the strength rules that need it are checked on the server only).
import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-length";
import { LOCALES } from "@/lib/i18n/locales";
import { passwordString } from "@/lib/text/input-string";

/** What sign-in accepts as a password at most: longer is no password anyone has. */
const MAX_TYPED_PASSWORD = 1024;

export const changePasswordSchema = z
  .object({
    currentPassword: passwordString().min(1, "required").max(MAX_TYPED_PASSWORD, "tooLong"),
    newPassword: passwordString()
      .min(1, "required")
      .min(PASSWORD_MIN_LENGTH, "password.tooShort")
      .max(PASSWORD_MAX_LENGTH, "password.tooLong"),
    confirmPassword: passwordString().min(1, "required").max(MAX_TYPED_PASSWORD, "tooLong"),
  })
  .refine((values) => values.newPassword === values.confirmPassword, { path: ["confirmPassword"], message: "password.mismatch" });

export type ChangePasswordValues = z.input<typeof changePasswordSchema>;

export const preferredLocaleSchema = z.object({ locale: z.enum(LOCALES, { message: "invalid" }) });

export type PreferredLocaleValues = z.input<typeof preferredLocaleSchema>;
