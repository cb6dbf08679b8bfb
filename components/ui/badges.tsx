import { useTranslations } from "next-intl";
import type { CaseStatus, RiskLevel } from "@/lib/generated/prisma/enums";
import { RiskBadgeView, StatusBadgeView } from "./badge-view";

export function RiskBadge({ risk }: { risk: RiskLevel | null }) {
  const t = useTranslations();
  return <RiskBadgeView risk={risk} label={risk ? t(`risk.${risk}`) : t("case.riskNotSet")} />;
}

export function StatusBadge({ status }: { status: CaseStatus }) {
  const t = useTranslations("status");
  return <StatusBadgeView label={t(status)} />;
}
