"use client";
// The 90-day occupancy chart (recharts, ADR 0007). A client component: recharts measures and
// draws in the browser. The table next to it (server-rendered) carries the same data for screen
// readers and for anyone who prefers numbers.
import { useFormatter, useLocale } from "next-intl";
import dynamic from "next/dynamic";
import { isRightToLeft } from "@/lib/i18n/locales";

// recharts loads after the page, off the first load (ADR 0021); the frame is rendered on the
// server, where ResponsiveContainer could not measure its width and drew nothing anyway.
const OccupancyDrawing = dynamic(() => import("./occupancy-drawing"), { ssr: false });

export type ChartPoint = { day: string } & Record<string, number | string>;

export function OccupancyChart({ points, centres, label }: { points: ChartPoint[]; centres: { code: string; name: string }[]; label: string }) {
  const format = useFormatter();
  const rtl = isRightToLeft(useLocale());
  const short = (day: string) => format.dateTime(new Date(`${day}T00:00:00Z`), { day: "numeric", month: "short", timeZone: "UTC" });
  return (
    // The SVG is laid out left to right; in Arabic the time axis is mirrored (newest on the left)
    // and the value axis moves to the right, as Arabic readers expect.
    <div role="img" aria-label={label} dir="ltr" className="h-80 w-full" data-testid="occupancy-chart">
      <OccupancyDrawing points={points} centres={centres} rtl={rtl} short={short} />
    </div>
  );
}
