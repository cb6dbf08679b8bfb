import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { CaseShell } from "@/components/case/case-shell";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import { toIsoDate } from "@/lib/dates/calendar";
import { isClosable } from "@/lib/cases/case-status";
import { getCase } from "@/lib/cases/get-case";
import { orNotFound } from "@/lib/or-not-found";
import { listCasePlacements } from "@/lib/placements/list-case-placements";
import { listRecentRunaways } from "@/lib/placements/list-recent-runaways";
import { AdmitForm } from "./admit-form";
import { CurrentPlacementSection } from "./current-placement-section";
import { PlacementHistorySection } from "./placement-history-section";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("placements");
  return { title: t("title") };
}

export default async function CasePlacementsPage({ params, searchParams }: PageProps<"/cases/[caseId]/placements">) {
  const actor = await requireActor();
  const { caseId } = await params;
  const { done } = await searchParams;
  // Reading the case writes the access-log row.
  const child = await orNotFound(getCase(actor, caseId, "placements"));
  const [placements, runaways, t, format] = await Promise.all([
    orNotFound(listCasePlacements(actor, caseId)),
    listRecentRunaways(actor, { caseId, take: 1 }),
    getTranslations("placements"),
    getFormatter(),
  ]);
  const day = (date: Date) => format.dateTime(date, "date");
  const { active, viewer } = placements;
  const runaway = runaways[0];
  // The forms come back here with `?done=` after a write; the outcome shown is read from the data.
  const admitted = done === "admitted" && active !== null;
  const lastEnded = active ? undefined : placements.history.find((p) => p.endDate !== null);
  const discharged = done === "discharged" && lastEnded !== undefined;
  const reunified = discharged && lastEnded?.endReason === "REUNIFIED" && child.status !== "CLOSED";
  const canAdmit = !active && child.status !== "CLOSED" && (viewer.canManage || viewer.canPlaceInFosterFamily);

  return (
    <CaseShell child={child} active="placements">
      {runaway && (
        // Amber once the child has been placed again: still worth knowing, no longer urgent.
        <Alert as="p" tone={runaway.placedAgain ? "warning" : "error"} role="alert" testId="runaway-alert" className="p-3 text-sm font-medium">
          {runaway.placedAgain ? t("runawayAlertPlacedAgain", { date: day(runaway.endDate) }) : t("runawayAlert", { date: day(runaway.endDate) })}
        </Alert>
      )}

      {(admitted || discharged) && (
        <Alert tone="success" testId="placement-outcome" className="p-3 text-sm font-medium">
          {admitted ? t("admitted") : t("discharged")}
        </Alert>
      )}
      {reunified && (child.viewer.canNote || child.viewer.canEdit) && (
        <Card title={t("nextStepTitle")} labelledBy="next-step-title" className="space-y-3" testId="next-step">
          <p className="text-sm text-slate-700">{t("nextStepText")}</p>
          <div className="flex flex-wrap gap-3">
            {child.viewer.canNote && <ButtonLink href={`/cases/${child.id}/notes`}>{t("nextStepNote")}</ButtonLink>}
            {child.viewer.canEdit && isClosable(child.status) && (
              <ButtonLink href={`/cases/${child.id}/closure`} variant="secondary">
                {t("nextStepClosure")}
              </ButtonLink>
            )}
          </div>
        </Card>
      )}

      <CurrentPlacementSection caseId={child.id} placements={placements} day={day} />

      {canAdmit && (
        <Card title={t("newTitle")} labelledBy="new-title" className="space-y-3">
          <AdmitForm
            caseId={child.id}
            centre={placements.caseCentre}
            canOverride={viewer.canOverride}
            onlyFosterFamily={viewer.onlyFosterFamily}
            families={placements.fosterFamilies}
            arrivalDate={toIsoDate(placements.arrivalDate)}
          />
        </Card>
      )}

      <PlacementHistorySection history={placements.history} day={day} />
    </CaseShell>
  );
}
