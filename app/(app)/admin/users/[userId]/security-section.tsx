import { getFormatter, getTranslations } from "next-intl/server";
import type { UserDetails } from "@/lib/users/get-user";
import { Card } from "@/components/ui/card";
import { SecurityActions } from "./security-actions";

/** How the account signs in, and the administrator's unlock and link buttons. */
export async function SecuritySection({ user, self }: { user: UserDetails; self: boolean }) {
  const [t, format] = await Promise.all([getTranslations("users"), getFormatter()]);
  const row = (label: string, value: string, testId?: string) => (
    <div className="flex flex-wrap justify-between gap-2 border-b border-slate-100 py-1.5">
      <dt className="text-slate-600">{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
  return (
    <Card title={t("details.security")} testId="security-section" className="space-y-4">
      <dl className="text-sm">
        {row(t("details.created"), format.dateTime(user.createdAt, "dateTime"))}
        {row(t("details.lastSignIn"), user.lastSignInAt ? format.dateTime(user.lastSignInAt, "dateTime") : t("never"))}
        {row(t("details.twoFactor"), user.twoFactor ? t("twoFactorOn") : t("twoFactorOff"))}
        {row(t("details.failedAttempts"), String(user.failedLoginCount))}
        {row(
          t("status"),
          user.locked && user.lockedUntil ? t("details.lockedUntil", { time: format.dateTime(user.lockedUntil, "dateTime") }) : t("details.notLocked"),
          "lock-state",
        )}
      </dl>
      {user.pending && <p className="text-sm text-amber-800">{t("details.pending")}</p>}
      <SecurityActions
        userId={user.id}
        canUnlock={user.locked || user.failedLoginCount > 0}
        linkKind={self ? "self" : !user.active ? "inactive" : user.pending && !user.lastSignInAt ? "activation" : "reset"}
      />
    </Card>
  );
}
