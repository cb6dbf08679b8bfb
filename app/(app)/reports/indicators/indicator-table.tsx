import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { cardClass } from "@/components/ui/card";
import type { IndicatorBreakdown, ReportCount } from "@/lib/reports/indicator-types";

/**
 * A count as shown: "<5" stays as it is, a cell hidden to protect a "<5" reads "hidden" (both
 * explained in the page's note), numbers in the locale.
 */
export async function CountCell({ count, format }: { count: ReportCount; format: (n: number) => string }) {
  if (count === "hidden") {
    const t = await getTranslations("indicators");
    return <span className="font-semibold text-amber-900">{t("hiddenCell")}</span>;
  }
  if (count === "<5") {
    // dir: "<5" must not turn into "5>" in Arabic.
    return (
      <span dir="ltr" className="font-semibold text-amber-900">
        &lt;5
      </span>
    );
  }
  return <>{format(count)}</>;
}

type Props = {
  /** Stable id for tests and anchors: "<section>-<dimension>". */
  id: string;
  caption: ReactNode;
  headers: { category: string; count: string };
  rows: IndicatorBreakdown;
  label: (key: string) => string;
  emptyText: string;
  format: (n: number) => string;
};

/** One breakdown: category and count, in the report's row order. */
export function IndicatorTable({ id, caption, headers, rows, label, emptyText, format }: Props) {
  return (
    <div className={cardClass("indicator-block p-3")} data-testid={`table-${id}`}>
      <table className="w-full text-sm">
        <caption className="pb-2 text-start font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-xs text-slate-600">
            <th scope="col" className="py-1 text-start font-medium">
              {headers.category}
            </th>
            <th scope="col" className="py-1 text-end font-medium">
              {headers.count}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={2} className="py-2 text-slate-500">
                {emptyText}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={row.key} className="border-b border-slate-100 last:border-0" data-testid={`row-${id}-${row.key}`}>
                <th scope="row" className="py-1 text-start font-normal">
                  {label(row.key)}
                </th>
                <td className="py-1 text-end tabular-nums" data-testid="count">
                  <CountCell count={row.count} format={format} />
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
