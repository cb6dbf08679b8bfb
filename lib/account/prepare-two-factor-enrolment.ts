import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { newTotpSecret, otpauthUri, qrCodeSvg, sealEnrolment } from "@/lib/auth/two-factor";

export type TwoFactorEnrolment = {
  /** Sealed for the form's hidden field: the server reads the secret back from it on confirmation. */
  enrolment: string;
  /** For typing into the app by hand, in groups of four. */
  secretGroups: string[];
  qrSvg: string;
};

/**
 * A new secret to scan. Nothing is stored until a code from the app confirms it
 * (enableTwoFactor), so an enrolment left half-way changes nothing.
 */
export async function prepareTwoFactorEnrolment(actor: Actor, accountName: string): Promise<TwoFactorEnrolment> {
  const secret = newTotpSecret();
  return {
    enrolment: sealEnrolment(actor.userId, secret),
    secretGroups: secret.match(/.{1,4}/g) ?? [secret],
    qrSvg: await qrCodeSvg(otpauthUri(secret, accountName)),
  };
}
