import { useTranslations } from "next-intl";
import type { CaseStatus, RiskLevel } from "@/lib/generated/prisma/enums";

const RISK_STYLE: Record<RiskLevel, string> = {
  HIGH: "bg-red-100 text-red-900 ring-red-300",
  MEDIUM: "bg-amber-100 text-amber-900 ring-amber-300",
  LOW: "bg-sky-100 text-sky-900 ring-sky-300",
  NONE: "bg-slate-100 text-slate-800 ring-slate-300",
};

export function RiskBadge({ risk }: { risk: RiskLevel | null }) {
  const t = useTranslations();
  if (!risk) return <span className="text-sm text-slate-500">{t("case.riskNotSet")}</span>;
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ring-1 ${RISK_STYLE[risk]}`}>{t(`risk.${risk}`)}</span>;
}

export function StatusBadge({ status }: { status: CaseStatus }) {
  const t = useTranslations("status");
  return (
    <span className="inline-block rounded bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800 ring-1 ring-brand-100">
      {t(status)}
    </span>
  );
}
