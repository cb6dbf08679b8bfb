import { getTranslations } from "next-intl/server";
import { currentLocale } from "@/lib/i18n/current-locale";
import { setLocale } from "@/lib/i18n/set-locale.action";
import { LOCALES } from "@/lib/i18n/locales";

/** A plain form: switching language works even before the page's JavaScript has loaded. */
export async function LanguageSwitcher() {
  const t = await getTranslations("language");
  const current = await currentLocale();
  return (
    <form action={setLocale} aria-label={t("label")} className="flex items-center gap-1">
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className="rounded px-2 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100 aria-pressed:bg-brand-700 aria-pressed:text-white"
        >
          {t(locale)}
        </button>
      ))}
    </form>
  );
}
