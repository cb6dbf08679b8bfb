"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ProblemBox } from "@/components/form/problem-box";
import { useAction } from "@/components/form/use-action";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { setPreferredLocaleAction } from "./actions";

/** The interface language, kept on the account and applied at once (and at each sign-in). */
export function LanguageForm({ current }: { current: Locale }) {
  const t = useTranslations();
  const [locale, setLocale] = useState<Locale>(current);
  const [saved, setSaved] = useState(false);
  const { run, pending, problem } = useAction();

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    run(() => setPreferredLocaleAction({ locale }), { onSuccess: () => setSaved(true) });
  };

  return (
    <form onSubmit={submit} className="space-y-3" data-testid="language-form">
      <p className="text-sm text-slate-600">{t("account.language.intro")}</p>
      <ProblemBox problem={problem} />
      <fieldset>
        <legend className="sr-only">{t("account.language.title")}</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          {LOCALES.map((option) => (
            <label key={option} className="flex items-center gap-2 text-sm" lang={option}>
              <input type="radio" name="locale" value={option} checked={locale === option} onChange={() => setLocale(option)} />
              {t(`language.${option}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={buttonClass("secondary")}>
          {t("account.language.submit")}
        </button>
        {saved && (
          <Alert tone="success" as="p" className="px-2 py-1 text-sm">
            {t("account.language.saved")}
          </Alert>
        )}
      </div>
    </form>
  );
}
