import Link from "next/link";
import { useTranslations } from "next-intl";
import { cardClass } from "@/components/ui/card";
import { measureHref } from "@/lib/dashboards/dashboard-links";
import type { CasesToReassign } from "@/lib/dashboards/get-dashboard";

/**
 * Open cases held by someone who left the centre or was deactivated: each row opens that worker's
 * open cases in the centre, where the supervisor selects them and reassigns them in one go.
 */
export function ToReassign({ rows }: { rows: CasesToReassign[] }) {
  const t = useTranslations("dashboard");
  if (rows.length === 0) return null;
  return (
    <div className={cardClass("p-4 space-y-3", "attention")} data-testid="dashboard-to-reassign">
      <h2 className="text-lg font-semibold">{t("toReassignTitle")}</h2>
      <p className="text-sm text-slate-600">{t("toReassignIntro")}</p>
      <ul className="divide-y divide-slate-100">
        {rows.map((row) => (
          <li key={`${row.workerId}-${row.centreId}`} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>
              <span dir="auto" className="font-medium">{row.name}</span>
              <span className="text-sm text-slate-600"> — {row.centreName}</span>
              {!row.active && <span className="text-xs text-slate-600"> {t("inactive")}</span>}
            </span>
            <Link href={measureHref("open", { centreId: row.centreId, workerId: row.workerId })} className="font-semibold text-brand-700 underline underline-offset-2">
              {t("toReassignCount", { count: row.open })}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
