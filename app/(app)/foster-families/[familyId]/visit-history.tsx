import { useFormatter, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { FosterVisitChildItem, FosterVisitItem } from "@/lib/foster-families/foster-family.dto";
import { isolate } from "./isolate";

function ChildEntry({ entry }: { entry: FosterVisitChildItem }) {
  const t = useTranslations("foster");
  const seen = entry.seen ? (entry.seenAlone ? t("visitChild.seenAlone") : t("visitChild.seenNotAlone")) : t("visitChild.notSeen");
  return (
    <li data-testid="visit-child-entry" className="rounded bg-slate-50 px-2 py-1">
      <span className="font-medium">{entry.child ? <bdi>{`${entry.child.caseNumber} — ${entry.child.name}`}</bdi> : t("visitChild.hiddenChild")}</span>
      {" · "}
      <span className={entry.seen ? "" : "font-semibold text-red-800"}>{seen}</span>
      {entry.wellbeing && ` · ${t("visitChild.wellbeingValue", { value: t(`wellbeing.${entry.wellbeing}`) })}`}
      {` · ${t("visitChild.schoolValue", { value: t(`school.${entry.schoolAttendance}`) })}`}
      {entry.childViews && (
        <p dir="auto" className="whitespace-pre-line">
          {t("visitChild.viewsValue", { views: isolate(entry.childViews) })}
        </p>
      )}
    </li>
  );
}

/** The family's monitoring visits, newest first, each with what it found for the placed children. */
export function VisitHistory({ visits }: { visits: FosterVisitItem[] }) {
  const t = useTranslations("foster");
  const format = useFormatter();
  const day = (date: Date) => format.dateTime(date, "date");
  return (
    <Card title={t("visitsTitle")} labelledBy="family-visits-title">
      {visits.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noVisits")}</p>
      ) : (
        <ol className="space-y-3">
          {visits.map((visit) => (
            <li key={visit.id} data-testid="foster-visit" className="space-y-1 border-s-4 border-slate-200 ps-3 text-sm">
              <p className="font-semibold">
                {day(visit.date)} · {t("visitBy", { name: visit.visitedByName })}
                {visit.visitors && <span className="font-normal"> {t("visitWith", { visitors: isolate(visit.visitors) })}</span>}
              </p>
              <p dir="auto" className="whitespace-pre-line">
                {visit.observations}
              </p>
              {visit.children.length > 0 && (
                <ul className="space-y-1" aria-label={t("visitChild.title")}>
                  {visit.children.map((entry) => (
                    <ChildEntry key={entry.id} entry={entry} />
                  ))}
                </ul>
              )}
              {visit.concerns && <p className="whitespace-pre-line font-medium text-amber-900">{t("concernLabel", { concerns: isolate(visit.concerns) })}</p>}
              {visit.suspendedFamily && <p className="font-semibold text-red-800">{t("suspendedByVisit")}</p>}
              {visit.nextVisitDueAt && <p className="text-slate-600">{t("nextVisitLabel", { date: day(visit.nextVisitDueAt) })}</p>}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
