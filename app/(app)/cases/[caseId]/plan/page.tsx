import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ApprovalDecision, ItemStatus, PreviousRejection } from "@/components/case/approval-decision";
import { CaseShell } from "@/components/case/case-shell";
import { alertClass } from "@/components/ui/alert";
import { cardClass, EmptyState } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import type { CasePlanDto } from "@/lib/case-plans/case-plan.dto";
import { EMPTY_GOAL, OTHER_ORGANISATION, type CasePlanFormValues } from "@/lib/case-plans/case-plan.schema";
import { getCasePlans } from "@/lib/case-plans/get-case-plans";
import { canWorkOnCasePlan } from "@/lib/cases/case-status";
import { toIsoDate } from "@/lib/dates/calendar";
import { getCase } from "@/lib/cases/get-case";
import { listOrganisations } from "@/lib/organisations/list-organisations";
import { orNotFound } from "@/lib/or-not-found";
import { decideCasePlanAction } from "./actions";
import { CasePlanForm } from "./case-plan-form";
import { CasePlanView } from "./case-plan-view";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("caseTabs");
  return { title: t("plan") };
}

/** The form starts from the open draft, or from the latest plan (a rejected one is copied). */
function formValues(from: CasePlanDto | null): CasePlanFormValues {
  if (!from || from.goals.length === 0) return { goals: [{ ...EMPTY_GOAL }] };
  return {
    goals: from.goals.map((goal) => ({
      goal: goal.goal,
      intervention: goal.intervention,
      responsible: goal.responsibleOrganisationId ?? OTHER_ORGANISATION,
      responsibleOther: goal.responsibleOther ?? "",
      deadline: toIsoDate(goal.deadline),
    })),
  };
}

export default async function CasePlanPage({ params }: PageProps<"/cases/[caseId]/plan">) {
  const actor = await requireActor();
  const { caseId } = await params;
  const [child, { current, history, assessmentApproved }] = await Promise.all([orNotFound(getCase(actor, caseId, "plan")), orNotFound(getCasePlans(actor, caseId))]);
  const t = await getTranslations();

  const open = child.status !== "CLOSED";
  const editable = child.viewer.canEdit && canWorkOnCasePlan(child.status) && assessmentApproved && current?.status !== "SUBMITTED";
  const organisations = editable ? await listOrganisations(actor, await getLocale()) : [];
  const decidable = open && child.viewer.canApprove && current?.status === "SUBMITTED";
  const rejected = current?.status === "DRAFT" && history[0]?.status === "REJECTED" ? history[0] : null;

  return (
    <CaseShell child={child} active="plan">
      <section className="space-y-5" aria-labelledby="plan-title">
        <div className="space-y-2">
          <h2 id="plan-title" className="text-xl font-semibold">
            {t("casePlan.title")}
          </h2>
          <p className="text-sm text-slate-600">{t("casePlan.intro")}</p>
        </div>

        {!assessmentApproved && !current && (
          <EmptyState role="note" testId="needs-assessment">
            {t("casePlan.needsAssessment")}{" "}
            <Link href={`/cases/${child.id}/assessment`} className="font-semibold text-brand-700 underline">
              {t("casePlan.goToAssessment")}
            </Link>
          </EmptyState>
        )}
        {current ? (
          <ItemStatus item={current} />
        ) : (
          assessmentApproved && <EmptyState>{t("casePlan.empty")}</EmptyState>
        )}
        {rejected && <PreviousRejection item={rejected} />}
        {current?.status === "SUBMITTED" && (
          <p role="status" className={alertClass("warning", "p-3 text-sm")}>
            {t("approval.waiting")}
          </p>
        )}

        {editable ? (
          <CasePlanForm caseId={child.id} caseVersion={child.version} initial={formValues(current)} organisations={organisations} />
        ) : (
          current && (
            <div className={cardClass()}>
              <CasePlanView plan={current} />
            </div>
          )
        )}

        <ApprovalDecision open={decidable} caseVersion={child.version} action={decideCasePlanAction.bind(null, child.id)} />

        {history.length > 0 && (
          <details className={cardClass("p-4")} data-testid="history">
            <summary className="cursor-pointer font-semibold">{t("approval.history", { count: history.length })}</summary>
            <ol className="mt-4 space-y-6">
              {history.map((item) => (
                <li key={item.id} className="space-y-3 border-t border-slate-100 pt-4">
                  <ItemStatus item={item} />
                  <CasePlanView plan={item} />
                </li>
              ))}
            </ol>
          </details>
        )}
      </section>
    </CaseShell>
  );
}
