import "server-only";
import type { Tx } from "@/lib/db";
import { hashRecoveryCode, newRecoveryCodes } from "@/lib/auth/two-factor";

/** Replaces the user's recovery codes with ten new ones; returns them in clear, to be shown once. */
export async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })) });
  return codes;
}

/** The user's row, locked until the transaction ends: codes are checked and used up one at a time. */
export async function lockUserForSecondFactor(tx: Tx, userId: string) {
  const [row] = await tx.$queryRaw<{ id: string; email: string; passwordHash: string | null; totpEnabledAt: Date | null }[]>`
    SELECT "id", "email", "passwordHash", "totpEnabledAt" FROM "User" WHERE "id" = ${userId}::uuid FOR UPDATE`;
  return row ?? null;
}
