import Link from "next/link";
import { useTranslations } from "next-intl";
import { caseloadQueryString, type CaseloadFilters, type CaseloadView } from "@/lib/cases/caseload-filters";

/** The views a role can switch between; switching keeps the filters (except the worker) and starts at page 1. */
export function ViewTabs({ views, current, filters }: { views: CaseloadView[]; current: CaseloadView; filters: CaseloadFilters }) {
  const t = useTranslations("caseload");
  if (views.length < 2) return null;
  return (
    <nav aria-label={t("viewsLabel")} className="flex flex-wrap gap-1 border-b border-slate-200">
      {views.map((view) => {
        const active = view === current;
        return (
          <Link
            key={view}
            href={`/cases${caseloadQueryString(filters, { view, worker: undefined, page: 1 })}`}
            aria-current={active ? "page" : undefined}
            className={`-mb-px rounded-t border px-4 py-2 text-sm font-semibold ${
              active ? "border-slate-200 border-b-white bg-white text-brand-800" : "border-transparent text-slate-600 hover:text-brand-700"
            }`}
          >
            {t(`tabs.${view}`)}
          </Link>
        );
      })}
    </nav>
  );
}
