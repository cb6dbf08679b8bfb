// What needs the supervisor's attention — counts (each a link to the caseload list it
// counts), the caseload per worker (a table; cards on phones), recent runaways and occupancy.
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { cardClass } from "@/components/ui/card";
import { measureHref, type DashboardMeasure } from "@/lib/dashboards/dashboard-links";
import type { Dashboard, WorkerCaseload } from "@/lib/dashboards/get-dashboard";
import { ToReassign } from "./to-reassign";
import type { OccupancyLevel } from "@/lib/dashboards/occupancy-level";

const CARDS: DashboardMeasure[] = ["open", "highRisk", "overdue", "awaitingApproval", "toAssign", "overdueAssessments", "overdueCasePlans", "overdueFollowUps"];
const WORKER_COLUMNS = ["open", "highRisk", "overdueAssessments", "overdueCasePlans", "overdueFollowUps"] as const;
const URGENT: DashboardMeasure[] = ["highRisk", "overdue", "overdueAssessments", "overdueCasePlans", "overdueFollowUps"];

// Near full in amber, full in red — always with the words, never the colour alone.
const LEVEL_STYLE: Record<OccupancyLevel, { box: string; badge: string; bar: string }> = {
  ok: { box: "", badge: "", bar: "bg-brand-700" },
  nearFull: { box: "border-amber-500 bg-amber-50", badge: "bg-amber-100 text-amber-900", bar: "bg-amber-500" },
  full: { box: "border-red-700 bg-red-50", badge: "bg-red-100 text-red-900", bar: "bg-red-700" },
};
const link = "font-semibold text-brand-700 underline underline-offset-2";

function CountLink({ value, href, label, testId }: { value: number; href: string; label: string; testId?: string }) {
  return (
    <Link href={href} className={link} aria-label={label} data-testid={testId}>
      {value}
    </Link>
  );
}

function WorkerName({ worker }: { worker: WorkerCaseload }) {
  const t = useTranslations("dashboard");
  return (
    <span dir="auto">
      {worker.name}
      {!worker.active && <span className="text-xs text-slate-600"> {t("inactive")}</span>}
    </span>
  );
}

export function CaseloadSection({ dashboard }: { dashboard: Dashboard }) {
  const t = useTranslations("dashboard");
  const tp = useTranslations("placements");
  const format = useFormatter();
  const centreId = dashboard.centreId;
  const day = (date: Date) => format.dateTime(date, "date");
  const cellLabel = (worker: WorkerCaseload, measure: DashboardMeasure, value: number) =>
    t("cellLabel", { worker: worker.name, measure: t(`measures.${measure}`), count: value });

  return (
    <>
      <div>
        <h2 className="sr-only">{t("countsTitle")}</h2>
        <ul className="grid grid-cols-2 gap-3 md:grid-cols-4">
          {CARDS.map((measure) => {
            const value = dashboard.totals[measure];
            const alert = value > 0 && URGENT.includes(measure);
            return (
              <li key={measure}>
                <Link
                  href={measureHref(measure, { centreId })}
                  className={`block h-full rounded-lg border bg-white p-3 hover:border-brand-700 hover:bg-brand-50 ${alert ? "border-red-300" : "border-slate-200"}`}
                  data-testid={`dashboard-card-${measure}`}
                >
                  <span className={`block text-3xl font-bold ${alert ? "text-red-800" : "text-slate-900"}`} data-testid="count">
                    {value}
                  </span>
                  <span className="block text-sm text-slate-700">{t(`measures.${measure}`)}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </div>

      <div className={cardClass("p-4 space-y-3")}>
        <h2 className="text-lg font-semibold">{t("workersTitle")}</h2>
        <p className="text-sm text-slate-600">{t("workersIntro")}</p>
        {dashboard.workers.length === 0 ? (
          <p className="text-slate-600" data-testid="no-workers">{t("noWorkers")}</p>
        ) : (
          <>
            <div className="hidden overflow-x-auto md:block">
              <table className="min-w-full text-sm" data-testid="worker-table">
                <thead>
                  <tr className="border-b border-slate-300 text-slate-700">
                    <th scope="col" className="p-2 text-start">{t("worker")}</th>
                    {WORKER_COLUMNS.map((measure) => (
                      <th key={measure} scope="col" className="p-2 text-end">{t(`columns.${measure}`)}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {dashboard.workers.map((worker) => (
                    <tr key={worker.workerId} className="border-b border-slate-100" data-testid="worker-row" data-worker={worker.name}>
                      <th scope="row" className="p-2 text-start font-medium"><WorkerName worker={worker} /></th>
                      {WORKER_COLUMNS.map((measure) => (
                        <td key={measure} className="p-2 text-end" data-measure={measure}>
                          <CountLink value={worker[measure]} href={measureHref(measure, { centreId, workerId: worker.workerId })} label={cellLabel(worker, measure, worker[measure])} />
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <ul className="space-y-2 md:hidden" data-testid="worker-cards">
              {dashboard.workers.map((worker) => (
                <li key={worker.workerId} className="rounded border border-slate-200 p-3" data-testid="worker-card" data-worker={worker.name}>
                  <p className="font-medium"><WorkerName worker={worker} /></p>
                  <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
                    {WORKER_COLUMNS.map((measure) => (
                      <div key={measure} className="contents">
                        <dt className="text-slate-600">{t(`columns.${measure}`)}</dt>
                        <dd className="text-end" data-measure={measure}>
                          <CountLink value={worker[measure]} href={measureHref(measure, { centreId, workerId: worker.workerId })} label={cellLabel(worker, measure, worker[measure])} />
                        </dd>
                      </div>
                    ))}
                  </dl>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>

      <ToReassign rows={dashboard.toReassign} />

      <div className="grid gap-4 lg:grid-cols-2">
        <div className={cardClass("p-4 space-y-3")} data-testid="dashboard-runaways">
          <h2 className="text-lg font-semibold">{t("runawaysTitle")}</h2>
          {dashboard.runaways.length === 0 ? (
            <p className="text-slate-600">{t("noRunaways")}</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {dashboard.runaways.map((runaway) => (
                <li key={runaway.placementId} className="flex flex-wrap items-baseline justify-between gap-2 py-2" data-testid="runaway">
                  <span>
                    <Link href={`/cases/${runaway.caseId}`} className={link}>
                      <span dir="ltr">{runaway.caseNumber}</span>
                    </Link>{" "}
                    <span dir="auto">
                      {runaway.firstName} {runaway.lastName}
                    </span>
                    <span className="block text-slate-600">
                      {tp(`types.${runaway.placementType}`)}
                      {runaway.location && <> · <span dir="auto">{runaway.location}</span></>}
                    </span>
                  </span>
                  <span className="text-end">
                    <span className="block">{t("ranAwayOn", { date: day(runaway.endDate) })}</span>
                    <span className={`block text-xs ${runaway.placedAgain ? "text-slate-600" : "font-semibold text-red-800"}`}>
                      {runaway.placedAgain ? t("placedAgain") : t("notPlacedAgain")}
                    </span>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>

        <div className={cardClass("p-4 space-y-3")} data-testid="dashboard-occupancy">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 className="text-lg font-semibold">{t("occupancyTitle")}</h2>
            <Link href="/placements" className="text-sm font-medium text-brand-700 underline underline-offset-2">
              {t("occupancyBoard")}
            </Link>
          </div>
          <ul className="space-y-3">
            {dashboard.occupancy.map((centre) => (
              <li
                key={centre.id}
                data-testid="occupancy-centre"
                data-centre={centre.code}
                data-level={centre.level}
                className={centre.level === "ok" ? undefined : `rounded border-s-4 p-2 ${LEVEL_STYLE[centre.level].box}`}
              >
                <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
                  <span className="font-medium">
                    {centre.name}
                    {centre.level !== "ok" && (
                      <span className={`ms-2 rounded px-1.5 py-0.5 text-xs font-semibold ${LEVEL_STYLE[centre.level].badge}`} data-testid="occupancy-level">
                        {t(`occupancyLevels.${centre.level}`, { percent: centre.percent })}
                      </span>
                    )}
                  </span>
                  <span>
                    {t("occupancyLine", { occupied: centre.occupied, capacity: centre.capacity, free: centre.free })}
                    {centre.over > 0 && <span className="font-semibold text-red-800"> · {t("over", { count: centre.over })}</span>}
                  </span>
                </div>
                <div className="mt-1 h-2 overflow-hidden rounded bg-slate-200" aria-hidden="true">
                  <div className={`h-2 ${LEVEL_STYLE[centre.level].bar}`} style={{ width: `${Math.min(centre.percent, 100)}%` }} />
                </div>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </>
  );
}
