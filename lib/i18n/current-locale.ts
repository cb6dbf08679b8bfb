import "server-only";
import { getLocale } from "next-intl/server";
import { resolveLocale, type Locale } from "./locales";

/** The request's locale as one of the app's (next-intl types it as any string). */
export async function currentLocale(): Promise<Locale> {
  return resolveLocale(await getLocale());
}
