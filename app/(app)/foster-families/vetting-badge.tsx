import { useTranslations } from "next-intl";
import type { FosterVettingStatus } from "@/lib/generated/prisma/enums";

const STYLE: Record<FosterVettingStatus, string> = {
  APPLIED: "bg-slate-100 text-slate-800 ring-slate-300",
  ASSESSED: "bg-sky-100 text-sky-900 ring-sky-300",
  APPROVED: "bg-green-100 text-green-900 ring-green-300",
  SUSPENDED: "bg-red-100 text-red-900 ring-red-300",
};

export function VettingBadge({ status }: { status: FosterVettingStatus }) {
  const t = useTranslations("foster.statuses");
  return (
    <span data-testid="vetting-status" className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ring-1 ${STYLE[status]}`}>
      {t(status)}
    </span>
  );
}
