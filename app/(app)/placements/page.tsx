import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { cardClass } from "@/components/ui/card";
import { seesEveryCentre } from "@/lib/auth/scope";
import { requireActor } from "@/lib/auth/session";
import { parseIsoDate } from "@/lib/cases/dates";
import { orNotFound } from "@/lib/or-not-found";
import { getOccupancyBoard } from "@/lib/placements/occupancy-board";
import { getOccupancyHistory } from "@/lib/placements/occupancy-history";
import { VettingBadge } from "../foster-families/vetting-badge";
import { OccupancyChart, type ChartPoint } from "./occupancy-chart";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("occupancy");
  return { title: t("title") };
}

const VISIT_STYLE = {
  overdue: "font-semibold text-red-800",
  dueSoon: "font-semibold text-amber-900",
  planned: "text-slate-800",
  none: "text-slate-500",
} as const;

/**
 * The occupancy board (placement:board): a centre supervisor's centres, or every centre for the
 * national supervisor. Everyone else gets the 404 page (the DAL refuses them).
 */
export default async function OccupancyBoardPage() {
  const actor = await requireActor();
  const board = await orNotFound(getOccupancyBoard(actor));
  const history = await orNotFound(getOccupancyHistory(actor));
  const [t, format] = await Promise.all([getTranslations("occupancy"), getFormatter()]);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" });
  const points: ChartPoint[] = history.days.map((d) => ({ day: d.day, ...d.counts }));
  const mondays = history.days.filter((d) => parseIsoDate(d.day)!.getUTCDay() === 1);

  return (
    <section className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-sm text-slate-600">{seesEveryCentre(actor) ? t("introNational") : t("introSupervisor")}</p>
        <p className="text-sm text-slate-600">{t("asOf", { date: day(board.today), week: day(board.weekStart), month: day(board.monthStart) })}</p>
      </div>

      {board.centres.length === 0 ? (
        <p className={cardClass("p-5 text-slate-700")}>{t("noCentres")}</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {board.centres.map((centre) => (
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

      <div className={cardClass("space-y-3 p-4")}>
        <h2 className="text-lg font-semibold">{t("historyTitle")}</h2>
        <p className="text-sm text-slate-600">{t("historyIntro")}</p>
        {history.centres.length > 0 && (
          <>
            <OccupancyChart points={points} centres={history.centres.map(({ code, name }) => ({ code, name }))} label={t("chartLabel")} />
            <details>
              <summary className="cursor-pointer text-sm font-semibold text-brand-700">{t("showTable")}</summary>
              <div className="mt-2 overflow-x-auto">
                <table className="min-w-full text-sm" data-testid="occupancy-history-table">
                  <caption className="text-start text-slate-600">{t("tableCaption")}</caption>
                  <thead>
                    <tr className="border-b border-slate-300">
                      <th scope="col" className="p-1 text-start">
                        {t("day")}
                      </th>
                      {history.centres.map((centre) => (
                        <th key={centre.id} scope="col" className="p-1 text-end">
                          <abbr title={centre.name}>{centre.code}</abbr>
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {mondays.map((d) => (
                      <tr key={d.day} className="border-b border-slate-100">
                        <th scope="row" className="p-1 text-start font-normal">
                          {day(parseIsoDate(d.day)!)}
                        </th>
                        {history.centres.map((centre) => (
                          <td key={centre.id} className="p-1 text-end">
                            {d.counts[centre.code] ?? 0}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          </>
        )}
      </div>

      <div className={cardClass("space-y-3 p-4")}>
        <h2 className="text-lg font-semibold">{t("familiesTitle")}</h2>
        {board.families.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noFamilies")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="min-w-full text-sm">
              <thead>
                <tr className="border-b border-slate-300 text-start">
                  <th scope="col" className="p-2 text-start">{t("family")}</th>
                  <th scope="col" className="p-2 text-start">{t("nextVisit")}</th>
                  <th scope="col" className="p-2 text-end">{t("placed")}</th>
                  <th scope="col" className="p-2 text-start">{t("status")}</th>
                  <th scope="col" className="p-2 text-start">{t("organisation")}</th>
                </tr>
              </thead>
              <tbody>
                {board.families.map((family) => (
                  <tr key={family.id} className="border-b border-slate-100" data-testid="family-occupancy" data-visit={family.visitDue}>
                    <td className="p-2">
                      <Link href={`/foster-families/${family.id}`} className="text-brand-700 underline" dir="auto">
                        {family.householdName}
                      </Link>
                    </td>
                    <td className={`p-2 ${VISIT_STYLE[family.visitDue]}`}>
                      {family.nextVisitDueAt ? `${day(family.nextVisitDueAt)} · ` : ""}
                      {t(`visitDue.${family.visitDue}`)}
                    </td>
                    <td className="p-2 text-end">
                      {family.activePlacements} / {family.capacity}
                    </td>
                    <td className="p-2">
                      <VettingBadge status={family.vettingStatus} />
                    </td>
                    <td className="p-2">{family.organisationName}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </section>
  );
}
