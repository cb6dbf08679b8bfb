import Link from "next/link";
import { useTranslations } from "next-intl";
import { cardClass } from "@/components/ui/card";
import type { OccupancyBoard } from "@/lib/placements/occupancy-board";

/** One card per centre: capacity, occupied and free places, the week's and month's movements, the children present. */
export function CentreOccupancySection({ centres }: { centres: OccupancyBoard["centres"] }) {
  const t = useTranslations("occupancy");
  return (
    <>
      {centres.length === 0 ? (
        <p className={cardClass("p-5 text-slate-700")}>{t("noCentres")}</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {centres.map((centre) => (
            <li key={centre.id} data-testid="centre-occupancy" data-centre={centre.code} className={cardClass("space-y-3 p-4")}>
              <h2 className="font-semibold">
                {centre.name} <span className="text-sm font-normal text-slate-500">({centre.code})</span>
              </h2>
              <dl className="grid grid-cols-3 gap-2 text-center">
                <div className="rounded bg-slate-50 p-2">
                  <dt className="text-xs text-slate-600">{t("capacity")}</dt>
                  <dd className="text-xl font-bold" data-testid="centre-capacity">
                    {centre.capacity}
                  </dd>
                </div>
                <div className="rounded bg-slate-50 p-2">
                  <dt className="text-xs text-slate-600">{t("occupied")}</dt>
                  <dd className="text-xl font-bold" data-testid="centre-occupied">
                    {centre.occupied}
                  </dd>
                </div>
                <div className="rounded bg-slate-50 p-2">
                  <dt className="text-xs text-slate-600">{t("free")}</dt>
                  <dd className="text-xl font-bold" data-testid="centre-free">
                    {centre.free}
                  </dd>
                </div>
              </dl>
              <div>
                <div className="h-2 overflow-hidden rounded bg-slate-200" aria-hidden="true">
                  <div className={`h-2 ${centre.over > 0 ? "bg-red-700" : "bg-brand-700"}`} style={{ width: `${Math.min(centre.percent, 100)}%` }} />
                </div>
                <p className="mt-1 text-xs text-slate-600">
                  {t("percent", { percent: centre.percent })}
                  {centre.over > 0 && <span className="font-semibold text-red-800"> · {t("over", { count: centre.over })}</span>}
                </p>
              </div>
              <dl className="grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
                <dt className="text-slate-600">{t("admissionsWeek")}</dt>
                <dd className="text-end font-semibold" data-testid="admissions-week">{centre.admissionsWeek}</dd>
                <dt className="text-slate-600">{t("dischargesWeek")}</dt>
                <dd className="text-end font-semibold" data-testid="discharges-week">{centre.dischargesWeek}</dd>
                <dt className="text-slate-600">{t("admissionsMonth")}</dt>
                <dd className="text-end font-semibold" data-testid="admissions-month">{centre.admissionsMonth}</dd>
                <dt className="text-slate-600">{t("dischargesMonth")}</dt>
                <dd className="text-end font-semibold" data-testid="discharges-month">{centre.dischargesMonth}</dd>
              </dl>
              <details className="text-sm">
                <summary className="cursor-pointer font-semibold text-brand-700">
                  {t("childrenTitle")} ({centre.occupied})
                </summary>
                {centre.children.length === 0 && centre.otherChildren === 0 ? (
                  <p className="mt-2 text-slate-600">{t("noChildren")}</p>
                ) : (
                  <ul className="mt-2 space-y-1">
                    {centre.children.map((child) => (
                      <li key={child.caseId} className="flex flex-wrap justify-between gap-2" data-testid="child-present">
                        <span>
                          <Link href={`/cases/${child.caseId}`} className="text-brand-700 underline">
                            <span dir="ltr">{child.caseNumber}</span>
                          </Link>{" "}
                          <span dir="auto">{child.name}</span>
                        </span>
                        <span className="text-slate-600">{t("daysInCare", { days: child.daysInCare })}</span>
                      </li>
                    ))}
                    {centre.otherChildren > 0 && <li className="text-slate-600">{t("otherChildren", { count: centre.otherChildren })}</li>}
                  </ul>
                )}
              </details>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
