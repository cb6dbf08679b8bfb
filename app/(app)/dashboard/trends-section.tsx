// The picture over time — cases by status and by risk, registrations per month, time
// from registration to BID decision, active placements by type. Each chart has a table with the
// same numbers; status and risk counts link to the caseload list.
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { cardClass } from "@/components/ui/card";
import { riskHref, statusHref } from "@/lib/dashboards/dashboard-links";
import type { Dashboard, TimeToBid } from "@/lib/dashboards/get-dashboard";
import { DashboardBarChart, type BarDatum } from "./bar-chart";

const link = "font-semibold text-brand-700 underline underline-offset-2";

type Row = { key: string; label: ReactNode; cells: ReactNode[] };

/** A chart, then its data as a table behind a disclosure. */
function ChartBlock({ id, title, intro, chart, head, rows, empty }: {
  id: string;
  title: string;
  intro?: string;
  chart: ReactNode;
  head: string[];
  rows: Row[];
  empty?: string;
}) {
  const t = useTranslations("dashboard");
  return (
    <div className={cardClass("min-w-0 space-y-3 p-4")} data-testid={`chart-block-${id}`}>
      <h3 className="font-semibold" id={`${id}-title`}>{title}</h3>
      {intro && <p className="text-sm text-slate-600">{intro}</p>}
      {empty ? (
        <p className="text-slate-600">{empty}</p>
      ) : (
        <>
          {chart}
          <details>
            <summary className="cursor-pointer text-sm font-semibold text-brand-700">{t("showTable")}</summary>
            <div className="mt-2 overflow-x-auto">
              <table className="min-w-full text-sm" data-testid={`table-${id}`}>
                <caption className="sr-only">{title}</caption>
                <thead>
                  <tr className="border-b border-slate-300">
                    {head.map((label, index) => (
                      <th key={label} scope="col" className={`p-1 ${index === 0 ? "text-start" : "text-end"}`}>{label}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.key} className="border-b border-slate-100" data-key={row.key}>
                      <th scope="row" className="p-1 text-start font-normal">{row.label}</th>
                      {row.cells.map((cell, index) => (
                        <td key={index} className="p-1 text-end">{cell}</td>
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
  );
}

/** A median, and below MIN_DECISIONS_FOR_MEDIAN decisions the warning that it says little. */
function Median({ value, days }: { value: TimeToBid; days: (value: number | null) => string }) {
  const d = useTranslations("dashboard");
  return (
    <>
      {days(value.medianDays)}
      {value.tooFew && value.decisions > 0 && (
        <span className="block text-xs text-amber-900" data-testid="median-too-few">
          {d("tooFewDecisions", { count: value.decisions })}
        </span>
      )}
    </>
  );
}

export function TrendsSection({ dashboard }: { dashboard: Dashboard }) {
  const t = useTranslations();
  const d = useTranslations("dashboard");
  const format = useFormatter();
  const centreId = dashboard.centreId;
  const chartLabel = (title: string) => d("chartLabel", { title });
  const monthLabel = (month: string) => format.dateTime(new Date(`${month}-01T00:00:00Z`), { month: "short", year: "numeric", timeZone: "UTC" });
  const days = (value: number | null) => (value === null ? "—" : d("days", { days: format.number(value, { maximumFractionDigits: 1 }) }));

  const status: BarDatum[] = dashboard.byStatus.map((s) => ({ key: s.status, label: t(`status.${s.status}`), value: s.count }));
  const risk: BarDatum[] = dashboard.byRisk.map((r) => ({ key: r.risk, label: r.risk === "unset" ? t("case.riskNotSet") : t(`risk.${r.risk}`), value: r.count }));
  const months: BarDatum[] = dashboard.registrationsByMonth.map((m) => ({ key: m.month, label: monthLabel(m.month), value: m.count }));
  const bid: BarDatum[] = dashboard.timeToBid.byCentre.map((c) => ({ key: c.code, label: c.name, value: c.medianDays ?? 0 }));
  const placements: BarDatum[] = dashboard.activePlacementsByType.map((p) => ({ key: p.type, label: t(`placements.types.${p.type}`), value: p.count }));

  return (
    <div className="space-y-3">
      <h2 className="text-lg font-semibold">{d("trendsTitle")}</h2>
      <div className="grid gap-4 lg:grid-cols-2">
        <ChartBlock
          id="status"
          title={d("byStatus")}
          chart={<DashboardBarChart data={status} label={chartLabel(d("byStatus"))} testId="chart-status" />}
          head={[d("status"), d("count")]}
          rows={status.map((s) => ({
            key: s.key,
            label: s.label,
            cells: [<Link key="n" href={statusHref(s.key as (typeof dashboard.byStatus)[number]["status"], centreId)} className={link}>{s.value}</Link>],
          }))}
        />
        <ChartBlock
          id="risk"
          title={d("byRisk")}
          chart={<DashboardBarChart data={risk} label={chartLabel(d("byRisk"))} testId="chart-risk" />}
          head={[d("risk"), d("count")]}
          rows={risk.map((r) => ({
            key: r.key,
            label: r.label,
            cells: [<Link key="n" href={riskHref(r.key as (typeof dashboard.byRisk)[number]["risk"], centreId)} className={link}>{r.value}</Link>],
          }))}
        />
        <ChartBlock
          id="registrations"
          title={d("registrations")}
          chart={<DashboardBarChart data={months} label={chartLabel(d("registrations"))} testId="chart-registrations" layout="columns" />}
          head={[d("month"), d("count")]}
          rows={months.map((m) => ({ key: m.key, label: m.label, cells: [m.value] }))}
        />
        <ChartBlock
          id="time-to-bid"
          title={d("timeToBid")}
          intro={[
            d("timeToBidIntro", { median: days(dashboard.timeToBid.overall.medianDays), count: dashboard.timeToBid.overall.decisions }),
            dashboard.timeToBid.overall.tooFew && dashboard.timeToBid.overall.decisions > 0 ? d("tooFewDecisions", { count: dashboard.timeToBid.overall.decisions }) : null,
          ].filter(Boolean).join(" ")}
          empty={dashboard.timeToBid.overall.decisions === 0 ? d("noDecisions") : undefined}
          chart={<DashboardBarChart data={bid} label={chartLabel(d("timeToBid"))} testId="chart-time-to-bid" unit={d("daysUnit")} />}
          head={[d("centre"), d("decisions"), d("median")]}
          rows={[
            ...dashboard.timeToBid.byCentre.map((c) => ({ key: c.code, label: c.name, cells: [c.decisions, <Median key="m" value={c} days={days} />] })),
            { key: "all", label: <strong>{d("allCentres")}</strong>, cells: [dashboard.timeToBid.overall.decisions, <Median key="m" value={dashboard.timeToBid.overall} days={days} />] },
          ]}
        />
        <ChartBlock
          id="placements"
          title={d("placementsByType")}
          chart={<DashboardBarChart data={placements} label={chartLabel(d("placementsByType"))} testId="chart-placements" />}
          head={[d("placementType"), d("count")]}
          rows={placements.map((p) => ({ key: p.key, label: p.label, cells: [p.value] }))}
        />
      </div>
    </div>
  );
}
