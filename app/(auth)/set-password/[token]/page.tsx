import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/layout/language-switcher";
import { ButtonLink } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import { inspectAccountToken } from "@/lib/auth/account-tokens";
import { SetPasswordForm } from "./set-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("setPassword"))("titleActivation"), robots: { index: false } };
}

/**
 * Public (the link is the credential): a valid one-time link shows whose account it opens and the
 * password form; a used, expired or unknown one says so and that the administrator gives new ones.
 */
export default async function SetPasswordPage({ params }: PageProps<"/set-password/[token]">) {
  const { token } = await params;
  const [view, t] = await Promise.all([inspectAccountToken(token), getTranslations()]);
  return (
    <main className="flex flex-1 items-center justify-center p-4">
      <div className="w-full max-w-md space-y-6">
        <div className="flex justify-end">
          <LanguageSwitcher />
        </div>
        <div className={cardClass("p-6 shadow-sm")}>
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("app.shortName")}</p>
          {view.state === "valid" ? (
            <>
              <h1 className="mt-1 text-2xl font-bold">{view.purpose === "RESET" ? t("setPassword.titleReset") : t("setPassword.titleActivation")}</h1>
              <p className="mt-2 text-sm text-slate-700">
                {t("setPassword.account", { name: view.name, email: view.email })}
              </p>
              <p className="mt-2 mb-6 text-sm text-slate-600">{t("setPassword.rules")}</p>
              <SetPasswordForm token={token} owner={{ name: view.name, email: view.email }} />
            </>
          ) : (
            <div data-testid="link-invalid" className="space-y-3">
              <h1 className="mt-1 text-2xl font-bold">{t("setPassword.invalidTitle")}</h1>
              <p>{t(`setPassword.link.${view.state}`)}</p>
              <p className="text-sm text-slate-600">{t("setPassword.askAdmin")}</p>
              <ButtonLink href="/login" variant="secondary">
                {t("setPassword.toLogin")}
              </ButtonLink>
            </div>
          )}
        </div>
      </div>
    </main>
  );
}
