"use client";
// The 90-day occupancy chart (recharts, ADR 0007). A client component: recharts measures and
// draws in the browser. The table next to it (server-rendered) carries the same data for screen
// readers and for anyone who prefers numbers.
import { useFormatter, useLocale } from "next-intl";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

// Okabe–Ito colours (distinguishable with the common colour-vision deficiencies; the yellow is
// replaced by black for contrast on white), plus a dash pattern so that lines differ without colour.
const COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"];
const DASHES = ["", "6 3", "2 2", "8 3 2 3", "4 4", "1 3", "10 2"];

export type ChartPoint = { day: string } & Record<string, number | string>;

export function OccupancyChart({ points, centres, label }: { points: ChartPoint[]; centres: { code: string; name: string }[]; label: string }) {
  const locale = useLocale();
  const format = useFormatter();
  const rtl = locale === "ar";
  const short = (day: string) => format.dateTime(new Date(`${day}T00:00:00Z`), { day: "numeric", month: "short", timeZone: "UTC" });
  return (
    // The SVG is laid out left to right; in Arabic the time axis is mirrored (newest on the left)
    // and the value axis moves to the right, as Arabic readers expect.
    <div role="img" aria-label={label} dir="ltr" className="h-80 w-full" data-testid="occupancy-chart">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid stroke="#e2e8f0" />
          <XAxis dataKey="day" tickFormatter={short} reversed={rtl} minTickGap={24} tick={{ fill: "#334155", fontSize: 12 }} />
          <YAxis allowDecimals={false} orientation={rtl ? "right" : "left"} width={36} tick={{ fill: "#334155", fontSize: 12 }} />
          <Tooltip labelFormatter={(day) => short(String(day))} />
          {/* Legend text in dark slate: some line colours are too light for text on white. */}
          <Legend formatter={(value) => <span style={{ color: "#1e293b" }}>{value}</span>} />
          {centres.map((centre, index) => (
            <Line
              key={centre.code}
              type="stepAfter"
              dataKey={centre.code}
              name={centre.name}
              stroke={COLOURS[index % COLOURS.length]}
              strokeDasharray={DASHES[index % DASHES.length]}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
