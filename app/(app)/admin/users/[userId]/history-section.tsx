import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { UserHistoryEntry } from "@/lib/users/list-user-history";
import { Card, EmptyState } from "@/components/ui/card";

const EVENT_KEYS: Record<string, string> = {
  "user.created": "created",
  "user.updated": "updated",
  "user.linkIssued": "linkIssued",
  "user.unlocked": "unlocked",
  "user.passwordSet": "passwordSet",
  "auth.login.succeeded": "loginSucceeded",
  "auth.login.failed": "loginFailed",
  "auth.account.locked": "accountLocked",
  "auth.logout": "logout",
};
const FIELD_KEYS = ["name", "role", "organisationId", "centreIds", "active", "preferredLocale"];

/** The audit events about the account, newest first: what, who and when (metadata only). */
export async function HistorySection({ userId, page, history }: { userId: string; page: number; history: { entries: UserHistoryEntry[]; hasMore: boolean } }) {
  const [t, format] = await Promise.all([getTranslations("users.history"), getFormatter()]);
  return (
    <Card title={t("title")} testId="user-history">
      {history.entries.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ol className="divide-y divide-slate-100 text-sm">
          {history.entries.map((entry) => {
            const key = EVENT_KEYS[entry.action];
            const fields = entry.fields.filter((f) => FIELD_KEYS.includes(f)).map((f) => t(`fieldNames.${f}`));
            return (
              <li key={entry.id} className="flex flex-wrap justify-between gap-x-4 gap-y-1 py-2" data-testid="history-entry">
                <span>
                  <span className="font-medium">{key ? t(`events.${key}`) : t("events.other", { action: entry.action })}</span>
                  {fields.length > 0 && <span className="text-slate-600"> — {t("fields", { fields: fields.join(", ") })}</span>}
                </span>
                <span className="text-slate-600">
                  {format.dateTime(entry.at, "dateTime")} · {entry.byName ? t("by", { name: entry.byName }) : t("system")}
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <div className="mt-3 flex justify-between text-sm">
        {page > 1 ? <Link href={`/admin/users/${userId}?history=${page - 1}`} className="text-brand-700 underline">{t("newer")}</Link> : <span />}
        {history.hasMore ? <Link href={`/admin/users/${userId}?history=${page + 1}`} className="text-brand-700 underline">{t("more")}</Link> : <span />}
      </div>
    </Card>
  );
}
