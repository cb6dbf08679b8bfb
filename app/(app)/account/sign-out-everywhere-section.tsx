import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { signOutEverywhereAction } from "./actions";

/** Ends every session of the user, on every device, this one included. */
export async function SignOutEverywhereSection() {
  const t = await getTranslations("account.signOutEverywhere");
  return (
    <Card title={t("title")} labelledBy="account-sign-out-everywhere" testId="account-sign-out-everywhere" className="space-y-3">
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <form action={signOutEverywhereAction}>
        <button type="submit" className={buttonClass("danger")}>
          {t("submit")}
        </button>
      </form>
    </Card>
  );
}
