import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getSecurityConfig, mustEnrolSecondFactor } from "@/lib/auth/security-config";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

export type TwoFactorStatus = {
  email: string;
  enabledAt: Date | null;
  recoveryCodesLeft: number;
  /** The user's role must sign in with a second factor: it cannot be turned off. */
  requiredForRole: boolean;
};

/** The signed-in user's own two-factor sign-in (every role manages their own). */
export async function getTwoFactorStatus(actor: Actor): Promise<TwoFactorStatus> {
  const [user, recoveryCodesLeft, config] = await Promise.all([
    db.user.findUnique({ where: { id: actor.userId }, select: { email: true, totpEnabledAt: true } }),
    db.recoveryCode.count({ where: { userId: actor.userId, usedAt: null } }),
    getSecurityConfig(db),
  ]);
  if (!user) throw new NotFoundError();
  return {
    email: user.email,
    enabledAt: user.totpEnabledAt,
    recoveryCodesLeft,
    requiredForRole: mustEnrolSecondFactor(config, actor.role, false),
  };
}
