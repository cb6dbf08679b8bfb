import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { organisationName } from "@/lib/organisations/organisation-name";
import type { UserRow } from "@/lib/users/list-users";
import { cardClass, EmptyState } from "@/components/ui/card";
import { UserStatusBadges } from "./user-status-badges";

export async function UserTable({ rows }: { rows: UserRow[] }) {
  const [t, tRoles, format, locale] = await Promise.all([getTranslations("users"), getTranslations("roles"), getFormatter(), getLocale()]);
  if (rows.length === 0) return <EmptyState testId="users-empty">{t("empty")}</EmptyState>;
  const th = "px-3 py-2 text-start font-semibold";
  return (
    <div className={cardClass("overflow-x-auto p-0")}>
      <table className="w-full min-w-[56rem] text-sm" data-testid="user-table">
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th className={th}>{t("columns.name")}</th>
            <th className={th}>{t("columns.role")}</th>
            <th className={th}>{t("columns.organisation")}</th>
            <th className={th}>{t("columns.centres")}</th>
            <th className={th}>{t("columns.status")}</th>
            <th className={th}>{t("columns.lastSignIn")}</th>
            <th className={th}>{t("columns.twoFactor")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {rows.map((user) => (
            <tr key={user.id} data-testid="user-row">
              <td className="px-3 py-2">
                <Link href={`/admin/users/${user.id}`} className="font-medium text-brand-700 underline underline-offset-2">
                  {user.name}
                </Link>
                <div className="text-xs text-slate-600" dir="ltr">
                  {user.email}
                </div>
              </td>
              <td className="px-3 py-2">{tRoles(user.role)}</td>
              <td className="px-3 py-2">{organisationName(user.organisation, locale)}</td>
              <td className="px-3 py-2">{user.centres.length ? user.centres.map((c) => c.code).join(", ") : t("noCentre")}</td>
              <td className="px-3 py-2">
                <UserStatusBadges user={user} />
              </td>
              <td className="whitespace-nowrap px-3 py-2">{user.lastSignInAt ? format.dateTime(user.lastSignInAt, "dateTime") : t("never")}</td>
              <td className="px-3 py-2">{user.twoFactor ? t("twoFactorOn") : t("twoFactorOff")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
