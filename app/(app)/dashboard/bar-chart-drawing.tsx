"use client";
// The drawing of a dashboard bar chart (recharts, ADR 0007), loaded after the page by bar-chart.tsx.
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { BarDatum } from "./bar-chart";

// Okabe–Ito blue: readable on white with the common colour-vision deficiencies. One series per
// chart, so colour carries no meaning; the bars are labelled with their value.
const BAR_COLOUR = "#0072B2";
const TICK = { fill: "#334155", fontSize: 12 };

type RowValueProps = {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
  rtl: boolean;
  show: (value: unknown) => string;
};

/**
 * The value at the end of a horizontal bar: past its right end, or past its left end in Arabic
 * (where the value axis is reversed, so the bar's rectangle may come with a negative width).
 */
function RowValue({ x = 0, y = 0, width = 0, height = 0, value, rtl, show }: RowValueProps) {
  const [left, top, w, h] = [Number(x), Number(y), Number(width), Number(height)];
  const start = Math.min(left, left + w);
  const end = Math.max(left, left + w);
  return (
    <text x={rtl ? start - 4 : end + 4} y={top + h / 2} dy="0.35em" textAnchor={rtl ? "end" : "start"} fill="#1e293b" fontSize={12}>
      {show(value)}
    </text>
  );
}

export default function BarChartDrawing({ data, layout, rtl, show, format }: {
  data: BarDatum[];
  layout: "rows" | "columns";
  rtl: boolean;
  show: (value: unknown) => string;
  format: (value: unknown) => string;
}) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      {layout === "rows" ? (
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 40, bottom: 4, left: 40 }}>
          <CartesianGrid stroke="#e2e8f0" horizontal={false} />
          <XAxis type="number" allowDecimals={false} reversed={rtl} tick={TICK} />
          <YAxis type="category" dataKey="label" orientation={rtl ? "right" : "left"} width={150} tick={TICK} interval={0} />
          <Tooltip formatter={(value) => format(value)} />
          <Bar dataKey="value" fill={BAR_COLOUR} isAnimationActive={false}>
            <LabelList dataKey="value" content={(props) => <RowValue {...props} rtl={rtl} show={show} />} />
          </Bar>
        </BarChart>
      ) : (
        // Rotated month labels hang to the left of their tick: in Arabic the Y axis is not there to make room.
        <BarChart data={data} margin={{ top: 20, right: 8, bottom: 4, left: rtl ? 48 : 8 }}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="label" reversed={rtl} tick={TICK} interval={0} angle={-35} textAnchor="end" height={60} />
          <YAxis allowDecimals={false} orientation={rtl ? "right" : "left"} width={36} tick={TICK} />
          <Tooltip formatter={(value) => format(value)} />
          <Bar dataKey="value" fill={BAR_COLOUR} isAnimationActive={false}>
            <LabelList dataKey="value" position="top" fill="#1e293b" fontSize={12} formatter={show} />
          </Bar>
        </BarChart>
      )}
    </ResponsiveContainer>
  );
}
