// next-intl without locale-prefixed URLs: the locale is the user's choice, kept in a cookie
// (ADR 0001). Case URLs stay the same whatever the language, so links can be shared.
import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, resolveLocale, TIME_ZONE } from "./locales";
import { formatsFor } from "./formats";
import { messagesFor } from "./messages";

export default getRequestConfig(async () => {
  const locale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: messagesFor(locale), timeZone: TIME_ZONE, formats: formatsFor(locale) };
});
