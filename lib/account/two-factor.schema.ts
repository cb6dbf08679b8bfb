// The forms of the two-factor page (docs/adr/0029-two-factor-sign-in.md), shared by the client
// forms and the DAL. Codes are normalised on the server (spaces and dashes ignored).
import { z } from "zod";
import { inputString, passwordString } from "@/lib/text/input-string";

/** A 6-digit code from the app (spaces allowed, as some apps show "123 456"). */
const appCode = inputString({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .regex(/^\d{3} ?\d{3}$/, { error: "twoFactorCodeFormat" });

/** A code from the app or a recovery code: the server tells which. */
const anyCode = inputString({ error: "required" }).trim().min(1, { error: "required" }).max(40, { error: "tooLong" });

export const enableTwoFactorSchema = z.object({
  /** The sealed secret the page showed as a QR code. */
  enrolment: inputString({ error: "invalid" }).max(1000, { error: "invalid" }),
  code: appCode,
});
export type EnableTwoFactorInput = z.input<typeof enableTwoFactorSchema>;

export const disableTwoFactorSchema = z.object({
  password: passwordString({ error: "required" }).min(1, { error: "required" }).max(1024, { error: "tooLong" }),
  code: anyCode,
});
export type DisableTwoFactorInput = z.input<typeof disableTwoFactorSchema>;

export const regenerateRecoveryCodesSchema = z.object({ code: anyCode });
export type RegenerateRecoveryCodesInput = z.input<typeof regenerateRecoveryCodesSchema>;
