import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { ResetTwoFactorButton } from "./reset-two-factor-button";

/**
 * The user page's two-step sign-in section (administrator): whether it is on, and the reset for a
 * lost phone. Texts are translated here so the button needs no client messages.
 */
export async function ResetTwoFactor({ userId, enabledAt }: { userId: string; enabledAt: Date | null }) {
  const [t, format] = await Promise.all([getTranslations("twoFactorReset"), getFormatter()]);
  return (
    <Card title={t("title")} labelledBy="two-factor-reset-title" testId="two-factor-reset">
      <p data-testid="two-factor-state">{enabledAt ? t("on", { date: format.dateTime(enabledAt, "dateTime") }) : t("off")}</p>
      {enabledAt && (
        <div className="mt-3 space-y-3">
          <p className="text-sm text-slate-600">{t("explain")}</p>
          <ResetTwoFactorButton
            userId={userId}
            texts={{ reset: t("reset"), confirm: t("confirm"), resetting: t("resetting"), done: t("done") }}
          />
        </div>
      )}
    </Card>
  );
}
