import { useTranslations } from "next-intl";

const STYLE = {
  active: "bg-emerald-50 text-emerald-900 ring-emerald-200",
  inactive: "bg-slate-100 text-slate-700 ring-slate-300",
  locked: "bg-red-100 text-red-900 ring-red-300",
  pending: "bg-amber-100 text-amber-900 ring-amber-300",
} as const;

/** Active or deactivated, and locked or waiting for activation when that is so. */
export function UserStatusBadges({ user }: { user: { active: boolean; locked: boolean; pending: boolean } }) {
  const t = useTranslations("users.statuses");
  const statuses = [user.active ? "active" : "inactive", ...(user.locked ? ["locked"] : []), ...(user.pending ? ["pending"] : [])] as (keyof typeof STYLE)[];
  return (
    <span className="flex flex-wrap gap-1">
      {statuses.map((status) => (
        <span key={status} data-testid={`status-${status}`} className={`inline-block whitespace-nowrap rounded px-2 py-0.5 text-xs font-semibold ring-1 ${STYLE[status]}`}>
          {t(status)}
        </span>
      ))}
    </span>
  );
}
