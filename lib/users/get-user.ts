import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { isUuid } from "@/lib/validation/uuid";

export type UserDetails = {
  id: string;
  email: string;
  name: string;
  role: Role;
  organisationId: string;
  centreIds: string[];
  active: boolean;
  preferredLocale: Locale | null;
  version: number;
  locked: boolean;
  lockedUntil: Date | null;
  failedLoginCount: number;
  pending: boolean;
  lastSignInAt: Date | null;
  twoFactor: boolean;
  /** When the second factor was turned on; null when it is off. */
  twoFactorSince: Date | null;
  createdAt: Date;
};

/** One account as the administrator edits it (user:manage); no password hash, secret or token. */
export async function getUser(actor: Actor, userId: string, now: Date = new Date()): Promise<UserDetails> {
  if (!can(actor, "user:manage")) throw new NotFoundError();
  if (!isUuid(userId)) throw new NotFoundError();
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      organisationId: true,
      active: true,
      preferredLocale: true,
      version: true,
      lockedUntil: true,
      failedLoginCount: true,
      passwordHash: true,
      lastSignInAt: true,
      totpEnabledAt: true,
      createdAt: true,
      centres: { select: { centreId: true } },
    },
  });
  if (!user) throw new NotFoundError();
  const { passwordHash, totpEnabledAt, centres, preferredLocale, ...rest } = user;
  return {
    ...rest,
    centreIds: centres.map((c) => c.centreId),
    preferredLocale: isLocale(preferredLocale) ? preferredLocale : null,
    locked: user.lockedUntil !== null && user.lockedUntil > now,
    pending: passwordHash === null,
    twoFactor: totpEnabledAt !== null,
    twoFactorSince: totpEnabledAt,
  };
}
