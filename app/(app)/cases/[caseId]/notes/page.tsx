import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { CaseShell } from "@/components/case/case-shell";
import { Timeline } from "@/components/case/timeline";
import { alertClass } from "@/components/ui/alert";
import { cardClass } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import { todayUtc } from "@/lib/dates/calendar";
import { getCase } from "@/lib/cases/get-case";
import { isOverdue } from "@/lib/cases/timelines";
import { getPlannedVisit } from "@/lib/notes/get-planned-visit";
import { orNotFound } from "@/lib/or-not-found";
import { getCaseTimeline } from "@/lib/timeline/get-case-timeline";
import { NoteForm } from "./note-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notes");
  return { title: t("title") };
}

function DueItem({ label, testId, late, children }: { label: string; testId: string; late: boolean; children: ReactNode }) {
  return (
    <div className={late ? alertClass("error", "p-3") : "rounded border border-slate-200 bg-white p-3"} data-testid={testId}>
      <dt className="text-xs font-semibold uppercase text-slate-600">{label}</dt>
      <dd className="mt-0.5 font-medium">{children}</dd>
    </div>
  );
}

export default async function CaseNotesPage({ params, searchParams }: PageProps<"/cases/[caseId]/notes">) {
  const actor = await requireActor();
  const { caseId } = await params;
  const { before } = await searchParams;
  // Reading the case writes the access-log row.
  const child = await orNotFound(getCase(actor, caseId, "notes"));
  const [timeline, plannedVisit, t, format] = await Promise.all([
    orNotFound(getCaseTimeline(actor, caseId, { before: typeof before === "string" ? before : undefined })),
    orNotFound(getPlannedVisit(actor, caseId)),
    getTranslations(),
    getFormatter(),
  ]);
  const followUpDueAt = child.due.followUpDueAt;
  const followUpLate = isOverdue(followUpDueAt);
  const visitPassed = plannedVisit !== null && plannedVisit < todayUtc();

  return (
    <CaseShell child={child} active="notes">
      {child.viewer.canNote && (
        <section className={cardClass()}>
          <h2 className="mb-3 text-lg font-semibold">{t("notes.addTitle")}</h2>
          <NoteForm caseId={child.id} />
        </section>
      )}

      <section aria-labelledby="follow-up-title" className="space-y-2">
        <h2 id="follow-up-title" className="text-lg font-semibold">
          {t("notes.followUpTitle")}
        </h2>
        <dl className="grid gap-3 sm:grid-cols-2">
          <DueItem label={t("notes.plannedVisit")} testId="planned-visit" late={false}>
            {plannedVisit ? format.dateTime(plannedVisit, "date") : t("notes.noPlannedVisit")}
            {visitPassed && <span className="ms-2 text-sm font-normal text-slate-600">({t("notes.plannedVisitPast")})</span>}
          </DueItem>
          <DueItem label={t("notes.followUpDue")} testId="follow-up-due" late={followUpLate}>
            {followUpDueAt ? (
              <>
                {format.dateTime(followUpDueAt, "date")}
                {followUpLate && (
                  <span className="ms-2 rounded bg-red-700 px-1.5 py-0.5 text-xs font-semibold text-white">{t("notes.overdue")}</span>
                )}
              </>
            ) : (
              <span className="font-normal text-slate-600">{t("notes.followUpNotDue")}</span>
            )}
          </DueItem>
        </dl>
      </section>

      <section aria-labelledby="timeline-title" className="space-y-3">
        <h2 id="timeline-title" className="text-lg font-semibold">
          {t("timeline.title")}
        </h2>
        <Timeline page={timeline} basePath={`/cases/${child.id}/notes`} />
      </section>
    </CaseShell>
  );
}
