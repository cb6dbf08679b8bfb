import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { parseIsoDate } from "@/lib/dates/calendar";
import type { OccupancyHistory } from "@/lib/placements/occupancy-history";
import { OccupancyChart, type ChartPoint } from "./occupancy-chart";

/** Children in care per centre and day over the past weeks: a chart, and the Mondays as a table for screen readers. */
export function OccupancyHistorySection({ history, day }: { history: OccupancyHistory; day: (date: Date) => string }) {
  const t = useTranslations("occupancy");
  const points: ChartPoint[] = history.days.map((d) => ({ day: d.day, ...d.counts }));
  const mondays = history.days.filter((d) => parseIsoDate(d.day)!.getUTCDay() === 1);
  return (
    <Card title={t("historyTitle")} className="space-y-3">
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
    </Card>
  );
}
