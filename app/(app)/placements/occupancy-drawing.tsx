"use client";
// The drawing of the occupancy chart (recharts, ADR 0007), loaded after the page by occupancy-chart.tsx.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartPoint } from "./occupancy-chart";

// Okabe–Ito colours (distinguishable with the common colour-vision deficiencies; the yellow is
// replaced by black for contrast on white), plus a dash pattern so that lines differ without colour.
const COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"];
const DASHES = ["", "6 3", "2 2", "8 3 2 3", "4 4", "1 3", "10 2"];

export default function OccupancyDrawing({ points, centres, rtl, short }: {
  points: ChartPoint[];
  centres: { code: string; name: string }[];
  rtl: boolean;
  short: (day: string) => string;
}) {
  return (
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
  );
}
