import { useFormatter, useTranslations } from "next-intl";
import { ApprovalStatusBadge } from "@/components/case/approval-decision";
import type { ClosureDto } from "@/lib/closures/closure.dto";
import { termClass } from "@/components/ui/definition";

/** A closure request and its decision, read-only. */
export function ClosureCard({ closure }: { closure: ClosureDto }) {
  const t = useTranslations();
  const format = useFormatter();
  const date = (value: Date) => format.dateTime(value, "dateTime");
  return (
    <div className="space-y-2 text-sm" data-testid="closure-card">
      <div className="flex flex-wrap items-center gap-2">
        <ApprovalStatusBadge status={closure.status} />
        <span className="text-slate-600">{t("closure.requestedBy", { name: closure.requestedByName, date: date(closure.requestedAt) })}</span>
      </div>
      <dl className="grid gap-3 sm:grid-cols-2">
        <div>
          <dt className={termClass}>{t("closure.reason")}</dt>
          <dd>{t(`closure.reasons.${closure.reason}`)}</dd>
        </div>
        <div>
          <dt className={termClass}>{t("closure.summary")}</dt>
          <dd className="whitespace-pre-wrap" dir="auto">
            {closure.summary}
          </dd>
        </div>
      </dl>
      {closure.decidedAt && closure.decidedByName && (
        <p className="text-slate-600">
          {t(closure.status === "REJECTED" ? "approval.rejectedBy" : "approval.approvedBy", { name: closure.decidedByName, date: date(closure.decidedAt) })}
        </p>
      )}
      {closure.rejectionReason && (
        <p className="whitespace-pre-wrap font-medium text-red-800" dir="auto" data-testid="rejection-reason">
          {t("approval.rejectionReason", { reason: closure.rejectionReason })}
        </p>
      )}
    </div>
  );
}
