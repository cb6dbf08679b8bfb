import "server-only";
import { cookies } from "next/headers";
import { db } from "@/lib/db";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";

/**
 * After a sign-in: the language chosen on the account page becomes this device's language (the
 * cookie the language switcher sets). Without a choice the device keeps its own.
 */
export async function applyPreferredLocale(email: string): Promise<void> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { preferredLocale: true } });
  if (!isLocale(user?.preferredLocale)) return;
  (await cookies()).set(LOCALE_COOKIE, user.preferredLocale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
}
