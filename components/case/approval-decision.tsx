"use client";
// The pieces the assessment, case-plan and closure pages share: the supervisor's decision box
// and the status line of an item.
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Field, inputClass } from "@/components/form/field";
import { ProblemBox } from "@/components/form/problem-box";
import { loadOnce } from "@/components/form/schema-resolver";
import { useAction } from "@/components/form/use-action-form";
import { Alert, alertClass } from "@/components/ui/alert";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import { fieldErrorsByPath } from "@/lib/field-errors";
import type { ApprovalStatus } from "@/lib/generated/prisma/enums";

const STATUS_STYLE: Record<ApprovalStatus, string> = {
  DRAFT: "bg-slate-100 text-slate-800 ring-slate-300",
  SUBMITTED: "bg-amber-100 text-amber-900 ring-amber-300",
  APPROVED: "bg-green-100 text-green-900 ring-green-300",
  REJECTED: "bg-red-100 text-red-900 ring-red-300",
};

export function ApprovalStatusBadge({ status }: { status: ApprovalStatus }) {
  const t = useTranslations("approval.status");
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ring-1 ${STATUS_STYLE[status]}`} data-testid="approval-status">
      {t(status)}
    </span>
  );
}

export type ItemFacts = {
  status: ApprovalStatus;
  authorName: string;
  updatedAt: Date;
  submittedAt: Date | null;
  decidedByName: string | null;
  decidedAt: Date | null;
  rejectionReason: string | null;
};

/** Status, author, submission and decision of an assessment or a case plan. */
export function ItemStatus({ item }: { item: ItemFacts }) {
  const t = useTranslations("approval");
  const format = useFormatter();
  const date = (value: Date) => format.dateTime(value, "dateTime");
  return (
    <div className="space-y-1 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <ApprovalStatusBadge status={item.status} />
        <span className="text-slate-600">{t("writtenBy", { name: item.authorName, date: date(item.updatedAt) })}</span>
      </div>
      {item.submittedAt && <p className="text-slate-600">{t("submittedOn", { date: date(item.submittedAt) })}</p>}
      {item.decidedAt && item.decidedByName && (
        <p className="text-slate-600">
          {t(item.status === "REJECTED" ? "rejectedBy" : "approvedBy", { name: item.decidedByName, date: date(item.decidedAt) })}
        </p>
      )}
      {item.rejectionReason && (
        <p className="whitespace-pre-wrap font-medium text-red-800" dir="auto" data-testid="rejection-reason">
          {t("rejectionReason", { reason: item.rejectionReason })}
        </p>
      )}
    </div>
  );
}

// The reason's check runs in the browser with the server's schema, loaded after the page (no zod in
// its first load, docs/adr/0021-page-performance.md) as soon as the box is shown.
const decisionSchema = loadOnce(() => import("@/lib/approvals/approval.schema").then((m) => m.decisionSchema));

type DecisionAction = (input: { decision: "approve" | "reject"; reason: string; caseVersion: number }) => Promise<ActionResult<{ caseVersion: number }>>;

/**
 * Approve, or reject with a reason, the submitted item; the case version says what was seen.
 * Rendered on every load of the page (`open` when something waits) so that, once the page has
 * refreshed without the decision box, the outcome stays in view with the way back to the
 * approvals still waiting (the navigation's count drops with the same refresh).
 */
export function ApprovalDecision({ open, caseVersion, action }: { open: boolean; caseVersion: number; action: DecisionAction }) {
  const t = useTranslations("approval");
  const router = useRouter();
  const { pending, problem, setProblem, run } = useAction();
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [decided, setDecided] = useState<"approve" | "reject" | null>(null);

  useEffect(() => {
    if (open) void decisionSchema().catch(() => undefined);
  }, [open]);

  const decide = async (decision: "approve" | "reject") => {
    const schema = await decisionSchema().catch(() => null);
    if (!schema) return setProblem({ kind: "failed" });
    const checked = schema.safeParse({ decision, reason });
    if (!checked.success) {
      setReasonError(fieldErrorsByPath(checked.error).reason);
      return;
    }
    setReasonError(undefined);
    run(() => action({ decision, reason, caseVersion }), {
      onSuccess: () => {
        setDecided(decision);
        router.refresh();
      },
      onFieldErrors: (errors) => setReasonError(errors.reason),
    });
  };

  if (decided && !open) {
    return (
      <Alert tone="success" testId="approval-outcome" className="flex flex-wrap items-center justify-between gap-3 p-4 text-sm">
        <p className="font-semibold">{t(decided === "approve" ? "outcome.approved" : "outcome.rejected")}</p>
        <ButtonLink href="/approvals" variant="secondary" size="sm">
          {t("outcome.backToApprovals")}
        </ButtonLink>
      </Alert>
    );
  }
  if (!open) return null;

  return (
    <section aria-labelledby="decision-title" className="space-y-3 rounded-lg border-2 border-brand-100 bg-brand-50 p-5" data-testid="decision-box">
      <h3 id="decision-title" className="text-lg font-semibold">
        {t("decision.title")}
      </h3>
      <ProblemBox problem={problem} messages="approval.errors" />
      <Field id="rejectionReason" label={t("decision.reason")} hint={t("decision.reasonHint")} error={reasonError}>
        <textarea
          id="rejectionReason"
          rows={3}
          dir="auto"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          className={inputClass}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={reasonError ? "rejectionReason-error" : undefined}
        />
      </Field>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          disabled={pending}
          onClick={() => void decide("approve")}
          className="rounded bg-green-700 px-4 py-2 text-sm font-semibold text-white hover:bg-green-800 disabled:opacity-60"
        >
          {t("decision.approve")}
        </button>
        <button
          type="button"
          disabled={pending}
          onClick={() => void decide("reject")}
          className={buttonClass("danger", "md")}
        >
          {t("decision.reject")}
        </button>
      </div>
    </section>
  );
}

/** Keeps the reason of the latest rejection in view while the author rewrites. */
export function PreviousRejection({ item }: { item: Pick<ItemFacts, "decidedByName" | "decidedAt" | "rejectionReason"> }) {
  const t = useTranslations("approval");
  const format = useFormatter();
  if (!item.decidedByName || !item.decidedAt) return null;
  return (
    <div role="note" className={alertClass("error", "p-3 text-sm")} data-testid="previous-rejection">
      <p>{t("rejectedNotice", { name: item.decidedByName, date: format.dateTime(item.decidedAt, "date") })}</p>
      <p className="whitespace-pre-wrap font-medium text-red-800" dir="auto">
        {t("rejectionReason", { reason: item.rejectionReason ?? "" })}
      </p>
    </div>
  );
}
