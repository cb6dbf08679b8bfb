import type { RiskLevel } from "@/lib/generated/prisma/enums";

// The badges' look, given their text: badges.tsx translates and renders these; a client component
// fed with text from the server (the caseload, ADR 0021) renders them without any messages.
const RISK_STYLE: Record<RiskLevel, string> = {
  HIGH: "bg-red-100 text-red-900 ring-red-300",
  MEDIUM: "bg-amber-100 text-amber-900 ring-amber-300",
  LOW: "bg-sky-100 text-sky-900 ring-sky-300",
  NONE: "bg-slate-100 text-slate-800 ring-slate-300",
};

/** `risk` null: not assessed yet, said in plain grey text. */
export function RiskBadgeView({ risk, label }: { risk: RiskLevel | null; label: string }) {
  if (!risk) return <span className="text-sm text-slate-500">{label}</span>;
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ring-1 ${RISK_STYLE[risk]}`}>{label}</span>;
}

export function StatusBadgeView({ label }: { label: string }) {
  return <span className="inline-block rounded bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800 ring-1 ring-brand-100">{label}</span>;
}
