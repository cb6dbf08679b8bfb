"use server";
import { revalidatePath } from "next/cache";
import { setLocaleCookie } from "./locale-cookie";
import { isLocale } from "./locales";

/** Keeps the chosen language for a year, on this device; works signed in or not. */
export async function setLocale(formData: FormData): Promise<void> {
  // Anything but the switcher's FormData (a forged call) changes nothing.
  const locale = formData instanceof FormData ? formData.get("locale") : null;
  if (!isLocale(locale)) return;
  await setLocaleCookie(locale);
  revalidatePath("/", "layout");
}
