import "server-only";
import type { Tx } from "@/lib/db";
import { decryptTotpSecret, hashRecoveryCode, isRecoveryCode, isTotpCode, normaliseCode, verifyTotp } from "./two-factor";

export type SecondFactorOutcome = "notEnabled" | "missing" | "wrong" | "totp" | "recoveryCode";

/**
 * The sign-in's second factor, inside the transaction that holds the user's row lock: a TOTP code
 * (its time step is stored, so the same code cannot sign in twice) or an unused recovery code
 * (used up here). Parallel sign-ins of one user wait on that lock, so a code works once.
 */
export async function checkSecondFactor(tx: Tx, userId: string, input: string, now: Date): Promise<SecondFactorOutcome> {
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { totpSecret: true, totpEnabledAt: true, totpLastStep: true } });
  if (!user.totpSecret || !user.totpEnabledAt) return "notEnabled";
  const code = normaliseCode(input);
  if (!code) return "missing";
  if (isTotpCode(code)) {
    const result = await verifyTotp(decryptTotpSecret(user.totpSecret), code, user.totpLastStep, now);
    if (!result.ok) return "wrong";
    await tx.user.update({ where: { id: userId }, data: { totpLastStep: result.step }, select: { id: true } });
    return "totp";
  }
  if (!isRecoveryCode(code)) return "wrong";
  const used = await tx.recoveryCode.updateMany({ where: { userId, codeHash: hashRecoveryCode(code), usedAt: null }, data: { usedAt: now } });
  return used.count === 1 ? "recoveryCode" : "wrong";
}
