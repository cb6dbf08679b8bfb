import { getFormatter, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

/** Whether sign-in asks for a code from an authenticator app; turned on and off on its own page. */
export async function TwoFactorSection({ enabledAt }: { enabledAt: Date | null }) {
  const [t, format] = await Promise.all([getTranslations("account.twoFactor"), getFormatter()]);
  return (
    <Card title={t("title")} labelledBy="account-two-factor" testId="account-two-factor" className="space-y-3">
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm font-semibold" data-testid="two-factor-status">
          {enabledAt ? t("on", { date: format.dateTime(enabledAt, "date") }) : t("off")}
        </p>
        <ButtonLink href="/account/two-factor" variant="secondary" size="sm">
          {enabledAt ? t("manage") : t("turnOn")}
        </ButtonLink>
      </div>
    </Card>
  );
}
