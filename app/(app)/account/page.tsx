import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { getOwnAccount } from "@/lib/account/get-own-account";
import { listOwnSignIns } from "@/lib/account/list-own-sign-ins";
import { requireActor } from "@/lib/auth/session";
import { currentLocale } from "@/lib/i18n/current-locale";
import { organisationName } from "@/lib/organisations/organisation-name";
import { ChangePasswordForm } from "./change-password-form";
import { LanguageForm } from "./language-form";
import { SignInsSection } from "./sign-ins-section";
import { SignOutEverywhereSection } from "./sign-out-everywhere-section";
import { TwoFactorSection } from "./two-factor-section";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("title") };
}

/** Every signed-in user's own account: who they are, their password, language, sign-ins and sessions. */
export default async function AccountPage() {
  const actor = await requireActor();
  const [account, signIns, t, format, locale] = await Promise.all([
    getOwnAccount(actor),
    listOwnSignIns(actor),
    getTranslations(),
    getFormatter(),
    currentLocale(),
  ]);
  const profile: [string, string][] = [
    [t("account.profile.name"), account.name],
    [t("account.profile.email"), account.email],
    [t("account.profile.role"), t(`roles.${account.role}`)],
    [t("account.profile.organisation"), organisationName(account.organisation, locale)],
    [t("account.profile.lastSignIn"), account.lastSignInAt ? format.dateTime(account.lastSignInAt, "dateTime") : t("account.profile.never")],
  ];

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("account.title")}</h1>
        <p className="text-sm text-slate-600">{t("account.intro")}</p>
      </div>
      <Card title={t("account.profile.title")} labelledBy="account-profile" testId="account-profile">
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          {profile.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium text-slate-600">{label}</dt>
              <dd className="break-words">
                <bdi>{value}</bdi>
              </dd>
            </div>
          ))}
        </dl>
      </Card>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("account.password.title")} labelledBy="account-password" testId="account-password">
          <ChangePasswordForm owner={{ name: account.name, email: account.email }} />
        </Card>
        <div className="space-y-6">
          <Card title={t("account.language.title")} labelledBy="account-language" testId="account-language">
            <LanguageForm current={account.preferredLocale ?? locale} />
          </Card>
          <TwoFactorSection enabledAt={account.twoFactorEnabledAt} />
        </div>
      </div>
      <SignInsSection signIns={signIns} />
      <SignOutEverywhereSection />
    </div>
  );
}
