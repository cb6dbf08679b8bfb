import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { NotFoundError } from "@/lib/errors";
import type { OrganisationNames } from "@/lib/organisations/organisation-name";

export type OwnAccount = {
  name: string;
  email: string;
  role: Role;
  organisation: OrganisationNames;
  /** Null: the language chosen on this device (the switcher's cookie) applies. */
  preferredLocale: Locale | null;
  lastSignInAt: Date | null;
  twoFactorEnabledAt: Date | null;
};

/** The signed-in user's own account: every role may read its own, and only its own. */
export async function getOwnAccount(actor: Actor): Promise<OwnAccount> {
  const user = await db.user.findUnique({
    where: { id: actor.userId },
    select: {
      name: true,
      email: true,
      role: true,
      preferredLocale: true,
      lastSignInAt: true,
      totpEnabledAt: true,
      organisation: { select: { name: true, nameAr: true } },
    },
  });
  if (!user) throw new NotFoundError();
  return {
    name: user.name,
    email: user.email,
    role: user.role,
    organisation: user.organisation,
    preferredLocale: isLocale(user.preferredLocale) ? user.preferredLocale : null,
    lastSignInAt: user.lastSignInAt,
    twoFactorEnabledAt: user.totpEnabledAt,
  };
}
