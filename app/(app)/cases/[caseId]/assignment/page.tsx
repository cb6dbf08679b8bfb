import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CaseShell } from "@/components/case/case-shell";
import { cardClass } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import { getCase } from "@/lib/cases/get-case";
import { listCentreWorkers } from "@/lib/cases/list-centre-workers";
import { orNotFound } from "@/lib/or-not-found";
import { ReassignForm } from "./reassign-form";
import { termClass } from "@/components/ui/definition";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("assignment");
  return { title: t("title") };
}

/** Who the case is assigned to; the centre supervisor reassigns it here. */
export default async function CaseAssignmentPage({ params }: PageProps<"/cases/[caseId]/assignment">) {
  const actor = await requireActor();
  const { caseId } = await params;
  // Reading the case writes the access-log row.
  const child = await orNotFound(getCase(actor, caseId, "assignment"));
  const [workers, t] = await Promise.all([
    child.viewer.canAssign ? orNotFound(listCentreWorkers(actor, caseId)) : Promise.resolve([]),
    getTranslations("assignment"),
  ]);

  return (
    <CaseShell child={child} active="overview">
      <section className={cardClass("space-y-4 p-5")}>
        <h2 className="text-lg font-semibold">{t("title")}</h2>
        <dl>
          <dt className={termClass}>{t("current")}</dt>
          <dd className="mt-0.5" data-testid="assigned-worker">
            <span dir="auto">{child.assignedWorkerName ?? t("unassigned")}</span>
          </dd>
        </dl>
        {!child.viewer.canAssign ? (
          <p className="text-sm text-slate-600">{t(child.status === "CLOSED" ? "caseClosed" : "onlySupervisor")}</p>
        ) : workers.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noWorkers")}</p>
        ) : (
          <ReassignForm caseId={child.id} version={child.version} currentWorkerId={child.assignedWorkerId} workers={workers} />
        )}
      </section>
    </CaseShell>
  );
}
