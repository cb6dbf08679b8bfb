import "server-only";
import { db } from "@/lib/db";
import { setLocaleCookie } from "@/lib/i18n/locale-cookie";
import { isLocale, type Locale } from "@/lib/i18n/locales";

/**
 * At sign-in: the language chosen on the account page becomes this device's language (the same
 * cookie as the language switcher's). Nothing changes for a user who never chose one. Call it
 * where cookies may be set (the sign-in server action), once the user is known.
 */
export async function applyPreferredLocale(userId: string): Promise<Locale | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { preferredLocale: true } });
  if (!isLocale(user?.preferredLocale)) return null;
  await setLocaleCookie(user.preferredLocale);
  return user.preferredLocale;
}
