import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ApprovalDecision } from "@/components/case/approval-decision";
import { CaseShell } from "@/components/case/case-shell";
import { alertClass } from "@/components/ui/alert";
import { cardClass, EmptyState } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import { isClosable } from "@/lib/cases/case-status";
import { getCase } from "@/lib/cases/get-case";
import { getCaseClosures } from "@/lib/closures/get-case-closures";
import { orNotFound } from "@/lib/or-not-found";
import { decideClosureAction } from "./actions";
import { ClosureCard } from "./closure-card";
import { ClosureRequestForm } from "./closure-request-form";
import { ReopenForm } from "./reopen-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("caseTabs");
  return { title: t("closure") };
}

export default async function ClosurePage({ params }: PageProps<"/cases/[caseId]/closure">) {
  const actor = await requireActor();
  const { caseId } = await params;
  const [child, { current, history, reopenings }] = await Promise.all([orNotFound(getCase(actor, caseId, "closure")), orNotFound(getCaseClosures(actor, caseId))]);
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);

  const closed = child.status === "CLOSED";
  const pending = current?.status === "SUBMITTED";
  const canRequest = child.viewer.canEdit && !pending && isClosable(child.status);
  const decidable = !closed && pending && child.viewer.canApprove;
  const canReopen = closed && child.viewer.canApprove;

  return (
    <CaseShell child={child} active="closure">
      <section className="space-y-5" aria-labelledby="closure-title">
        <div className="space-y-2">
          <h2 id="closure-title" className="text-xl font-semibold">
            {t("closure.title")}
          </h2>
          <p className="text-sm text-slate-600">{t("closure.intro")}</p>
        </div>

        {current ? (
          <div className={cardClass()}>
            <ClosureCard closure={current} />
          </div>
        ) : (
          !canRequest && <EmptyState>{t("closure.empty")}</EmptyState>
        )}
        {pending && (
          <p role="status" className={alertClass("warning", "p-3 text-sm")}>
            {t("approval.waiting")}
          </p>
        )}
        {!closed && !pending && child.viewer.canEdit && !isClosable(child.status) && <p className="text-sm text-slate-600">{t("closure.notClosable")}</p>}

        {canRequest && <ClosureRequestForm caseId={child.id} caseVersion={child.version} />}
        <ApprovalDecision open={decidable} caseVersion={child.version} action={decideClosureAction.bind(null, child.id)} />
        {canReopen && <ReopenForm caseId={child.id} caseVersion={child.version} />}

        {reopenings.length > 0 && (
          <section className={cardClass("p-4")} aria-labelledby="reopenings-title" data-testid="reopenings">
            <h3 id="reopenings-title" className="font-semibold">
              {t("closure.reopenings")}
            </h3>
            <ul className="mt-2 space-y-2 text-sm">
              {reopenings.map((reopening) => {
                const date = format.dateTime(reopening.at, "dateTime");
                return (
                  <li key={reopening.at.toISOString()}>
                    <p className="text-slate-600">
                      {reopening.byName ? t("closure.reopenedBy", { name: reopening.byName, date }) : t("closure.reopenedByUnknown", { date })}
                    </p>
                    <p className="whitespace-pre-wrap" dir="auto">
                      {reopening.reason}
                    </p>
                  </li>
                );
              })}
            </ul>
          </section>
        )}

        {history.length > 0 && (
          <details className={cardClass("p-4")} data-testid="history">
            <summary className="cursor-pointer font-semibold">{t("closure.history", { count: history.length })}</summary>
            <ol className="mt-4 space-y-4">
              {history.map((closure) => (
                <li key={closure.id} className="border-t border-slate-100 pt-4">
                  <ClosureCard closure={closure} />
                </li>
              ))}
            </ol>
          </details>
        )}
      </section>
    </CaseShell>
  );
}
