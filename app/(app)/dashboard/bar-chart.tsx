"use client";
// One-series bar charts for the dashboard (recharts, ADR 0007). A client component: recharts
// measures and draws in the browser. Each chart has a server-rendered table with the same data
// next to it (screen readers, and anyone who prefers numbers).
import { useFormatter, useLocale } from "next-intl";
import dynamic from "next/dynamic";
import { isRightToLeft } from "@/lib/i18n/locales";

// recharts is about 110 KB gzipped: it loads after the page, so the dashboard's first load stays
// light (ADR 0021). Nothing is lost on the server, where ResponsiveContainer cannot measure its
// width and draws nothing; the frame below (label, size) is rendered there, so nothing moves.
const BarChartDrawing = dynamic(() => import("./bar-chart-drawing"), { ssr: false });

export type BarDatum = { key: string; label: string; value: number };

/**
 * `columns`: categories along the bottom (months); `rows`: one horizontal bar per category (long
 * labels such as statuses). The SVG stays left to right; in Arabic the category order is mirrored
 * (columns) or the labels move to the right (rows), as Arabic readers expect.
 */
export function DashboardBarChart({ data, label, testId, layout = "rows", unit }: {
  data: BarDatum[];
  label: string;
  testId: string;
  layout?: "rows" | "columns";
  unit?: string;
}) {
  const rtl = isRightToLeft(useLocale());
  const numbers = useFormatter();
  // Numbers as the page writes them (312,5 in French).
  const show = (value: unknown) => (typeof value === "number" ? numbers.number(value, { maximumFractionDigits: 1 }) : String(value ?? ""));
  const height = layout === "rows" ? Math.max(160, data.length * 34 + 40) : 260;
  const format = (value: unknown) => (unit ? `${show(value)} ${unit}` : show(value));
  return (
    <div role="img" aria-label={label} dir="ltr" className="w-full" style={{ height }} data-testid={testId}>
      <BarChartDrawing data={data} layout={layout} rtl={rtl} show={show} format={format} />
    </div>
  );
}
