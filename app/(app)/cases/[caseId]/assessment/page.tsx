import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CaseShell } from "@/components/case/case-shell";
import { ApprovalDecision, ItemStatus, PreviousRejection } from "@/components/case/approval-decision";
import { alertClass } from "@/components/ui/alert";
import { cardClass, EmptyState } from "@/components/ui/card";
import type { AssessmentDto } from "@/lib/assessments/assessment.dto";
import { emptyFactors, type AssessmentFormValues } from "@/lib/assessments/assessment.schema";
import { getCaseAssessments } from "@/lib/assessments/get-case-assessments";
import { requireActor } from "@/lib/auth/session";
import { canWorkOnAssessment } from "@/lib/cases/case-status";
import { toIsoDate } from "@/lib/dates/calendar";
import { getCase } from "@/lib/cases/get-case";
import { orNotFound } from "@/lib/or-not-found";
import { decideAssessmentAction } from "./actions";
import { AssessmentForm } from "./assessment-form";
import { AssessmentView } from "./assessment-view";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("caseTabs");
  return { title: t("assessment") };
}

/** The form starts from the open draft, or from the latest assessment (a rejected one is copied). */
function formValues(from: AssessmentDto | null): AssessmentFormValues {
  const yesNo = (value: boolean | null) => (value === null ? "" : value ? "yes" : "no");
  if (!from) {
    return {
      interviewDate: "",
      interviewLanguage: "",
      interpreterUsed: "",
      interpreterName: "",
      childViews: "",
      caregiverViews: "",
      factors: emptyFactors(),
      options: "",
      recommendation: "",
      bidRequired: "",
      bidReason: "",
    };
  }
  return {
    interviewDate: from.interviewDate ? toIsoDate(from.interviewDate) : "",
    interviewLanguage: from.interviewLanguage ?? "",
    interpreterUsed: yesNo(from.interpreterUsed),
    interpreterName: from.interpreterName ?? "",
    childViews: from.childViews,
    caregiverViews: from.caregiverViews,
    factors: from.factors,
    options: from.options,
    recommendation: from.recommendation,
    bidRequired: yesNo(from.bidRequired),
    bidReason: from.bidReason ?? "",
  };
}

export default async function AssessmentPage({ params }: PageProps<"/cases/[caseId]/assessment">) {
  const actor = await requireActor();
  const { caseId } = await params;
  const [child, { current, history }] = await Promise.all([orNotFound(getCase(actor, caseId, "assessment")), orNotFound(getCaseAssessments(actor, caseId))]);
  const t = await getTranslations();

  const open = child.status !== "CLOSED";
  const editable = child.viewer.canEdit && canWorkOnAssessment(child.status) && current?.status !== "SUBMITTED";
  const decidable = open && child.viewer.canApprove && current?.status === "SUBMITTED";
  // The reason of the latest rejection stays in view while the worker rewrites.
  const rejected = current?.status === "DRAFT" && history[0]?.status === "REJECTED" ? history[0] : null;

  return (
    <CaseShell child={child} active="assessment">
      <section className="space-y-5" aria-labelledby="assessment-title">
        <div className="space-y-2">
          <h2 id="assessment-title" className="text-xl font-semibold">
            {t("assessment.title")}
          </h2>
          <p className="text-sm text-slate-600">{t("assessment.intro")}</p>
        </div>

        {current ? (
          <ItemStatus item={current} />
        ) : (
          <EmptyState>{t("assessment.empty")}</EmptyState>
        )}
        {rejected && <PreviousRejection item={rejected} />}
        {current?.status === "SUBMITTED" && (
          <p role="status" className={alertClass("warning", "p-3 text-sm")}>
            {t("approval.waiting")}
          </p>
        )}

        {editable ? (
          <>
            {child.status === "REGISTERED" && <p className="text-sm text-slate-600">{t("assessment.startHint")}</p>}
            <AssessmentForm caseId={child.id} caseVersion={child.version} initial={formValues(current)} />
          </>
        ) : (
          current && (
            <div className={cardClass()}>
              <AssessmentView assessment={current} />
            </div>
          )
        )}

        <ApprovalDecision open={decidable} caseVersion={child.version} action={decideAssessmentAction.bind(null, child.id)} />

        {history.length > 0 && (
          <details className={cardClass("p-4")} data-testid="history">
            <summary className="cursor-pointer font-semibold">{t("approval.history", { count: history.length })}</summary>
            <ol className="mt-4 space-y-6">
              {history.map((item) => (
                <li key={item.id} className="space-y-3 border-t border-slate-100 pt-4">
                  <ItemStatus item={item} />
                  <AssessmentView assessment={item} />
                </li>
              ))}
            </ol>
          </details>
        )}
      </section>
    </CaseShell>
  );
}
