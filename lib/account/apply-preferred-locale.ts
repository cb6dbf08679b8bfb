import "server-only";
import { db } from "@/lib/db";
import { setLocaleCookie } from "@/lib/i18n/locale-cookie";
import { isLocale, type Locale } from "@/lib/i18n/locales";

/**
 * At sign-in: the language chosen on the account page becomes this device's language (the same
 * cookie as the language switcher's). Nothing changes for a user who never chose one, or for an
 * unknown email. Call it where cookies may be set (the sign-in server action) once the sign-in has
 * succeeded; that action knows the user by the email typed.
 */
export async function applyPreferredLocale(email: string): Promise<Locale | null> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { preferredLocale: true } });
  if (!isLocale(user?.preferredLocale)) return null;
  await setLocaleCookie(user.preferredLocale);
  return user.preferredLocale;
}
