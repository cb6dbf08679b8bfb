import { getFormatter, getTranslations } from "next-intl/server";
import { Card, EmptyState } from "@/components/ui/card";
import { OWN_SIGN_INS_SHOWN, type OwnSignIn } from "@/lib/account/list-own-sign-ins";

const OUTCOME_CLASS = {
  succeeded: "bg-green-100 text-green-900",
  failed: "bg-amber-100 text-amber-900",
  locked: "bg-red-100 text-red-900",
} as const;

/** The latest sign-in attempts on one's own account, so that one not made by the user shows. */
export async function SignInsSection({ signIns }: { signIns: OwnSignIn[] }) {
  const [t, format] = await Promise.all([getTranslations("account.signIns"), getFormatter()]);
  return (
    <Card title={t("title")} labelledBy="account-sign-ins" testId="account-sign-ins" className="space-y-3">
      <p className="text-sm text-slate-600">{t("intro", { count: OWN_SIGN_INS_SHOWN })}</p>
      {signIns.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ol className="divide-y divide-slate-100 text-sm">
          {signIns.map((signIn, index) => (
            <li key={index} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-2" data-testid="sign-in-row">
              <time dateTime={signIn.at.toISOString()} className="min-w-40 tabular-nums">
                {format.dateTime(signIn.at, "dateTime")}
              </time>
              <span className={`rounded px-2 py-0.5 text-xs font-semibold ${OUTCOME_CLASS[signIn.outcome]}`}>{t(`outcome.${signIn.outcome}`)}</span>
              {signIn.failedLoginCount !== null && <span className="text-slate-600">{t("failedInARow", { count: signIn.failedLoginCount })}</span>}
              {signIn.lockedUntil && <span className="text-slate-600">{t("lockedUntil", { time: format.dateTime(signIn.lockedUntil, "dateTime") })}</span>}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
