"use server";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { isLocale, LOCALE_COOKIE } from "./locales";

/** Keeps the chosen language for a year, on this device; works signed in or not. */
export async function setLocale(formData: FormData): Promise<void> {
  // Anything but the switcher's FormData (a forged call) changes nothing.
  const locale = formData instanceof FormData ? formData.get("locale") : null;
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  revalidatePath("/", "layout");
}
