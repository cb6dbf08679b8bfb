import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { toIsoDate } from "@/lib/dates/calendar";
import type { CasePlacements } from "@/lib/placements/list-case-placements";
import { DischargeForm } from "./discharge-form";
import { ReviewForm } from "./review-form";
import { TransferForm } from "./transfer-form";

/** Where the child is now, the review flag, and the discharge and transfer forms for it. */
export function CurrentPlacementSection({
  caseId,
  placements,
  day,
}: {
  caseId: string;
  placements: CasePlacements;
  day: (date: Date) => string;
}) {
  const t = useTranslations("placements");
  const { active, viewer } = placements;
  return (
    <Card title={t("current")} labelledBy="current-title" className="space-y-3">
      {active ? (
        <div data-testid="current-placement" className="space-y-1">
          <p className="font-medium">
            {t(`types.${active.type}`)} · <span dir="auto">{active.location}</span>
          </p>
          <p className="text-sm text-slate-600">
            {t("since", { start: day(active.startDate) })} · {t("days", { count: active.daysInCare })}
          </p>
          {active.transferredFrom && <p className="text-sm text-slate-600">{t("transferredFrom", { centre: active.transferredFrom })}</p>}
        </div>
      ) : (
        <p className="text-slate-600" data-testid="no-current-placement">
          {t("noCurrent")}
        </p>
      )}
      {active?.reviewFlagged && (
        <Alert tone="error" testId="review-flag" className="space-y-3 p-3 text-sm">
          <p className="font-semibold">{t("reviewNeeded")}</p>
          {active.reviewReason && <p dir="auto">{active.reviewReason}</p>}
          {viewer.canManageActive && (
            <div className="rounded bg-white p-3 text-slate-900">
              <p className="mb-2 text-slate-700">{t("reviewHelp")}</p>
              <ReviewForm caseId={caseId} placementId={active.id} version={active.version} />
            </div>
          )}
        </Alert>
      )}
      {active && viewer.canManageActive && (
        <DischargeForm caseId={caseId} placementId={active.id} version={active.version} startDate={toIsoDate(active.startDate)} />
      )}
      {active && viewer.canTransfer && active.type === "CPISE_RESIDENTIAL" && (
        <details className="rounded border border-slate-200 p-3">
          <summary className="cursor-pointer font-semibold">{t("transferTitle")}</summary>
          <div className="mt-3">
            <TransferForm
              caseId={caseId}
              placementId={active.id}
              version={active.version}
              startDate={toIsoDate(active.startDate)}
              centres={placements.transferCentres}
            />
          </div>
        </details>
      )}
    </Card>
  );
}
