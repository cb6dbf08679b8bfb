import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { riskReasonText } from "@/lib/cases/risk-reason";
import { formatList } from "@/lib/i18n/list-format";
import type { CaseTimelinePage } from "@/lib/timeline/get-case-timeline";
import type { TimelineEntry, TimelineFosterVisit, TimelineNote } from "@/lib/timeline/timeline-entry";

type Translate = ReturnType<typeof useTranslations>;

/** The entry's one-line label, translated per event type with its parameters. */
function labelOf(entry: TimelineEntry, t: Translate, tAll: Translate, day: (date: Date) => string, list: (items: string[]) => string): string {
  switch (entry.kind) {
    case "registered":
      return t("events.case.registered", { caseNumber: entry.caseNumber });
    case "updated": {
      // Section names are the case file's own labels; one this page cannot name is left out.
      const sections = entry.sections.filter((s) => tAll.has(`caseFile.${s}`)).map((s) => tAll(`caseFile.${s}`));
      return sections.length ? t("updatedSections", { sections: list(sections) }) : t("events.case.updated");
    }
    case "statusChanged":
      return t("events.case.statusChanged", { from: tAll(`status.${entry.from}`), to: tAll(`status.${entry.to}`) });
    case "riskSet":
      return t("events.case.riskSet", { risk: tAll(`risk.${entry.riskLevel}`) });
    case "reassigned":
      return entry.fromName
        ? t("events.case.reassigned", { fromName: entry.fromName, toName: entry.toName })
        : t("assignedFirst", { toName: entry.toName });
    case "accessGranted":
      return t("events.case.accessGranted", { userName: entry.userName });
    case "note":
      return t("noteLabel", { type: tAll(`notes.types.${entry.note.type}`), date: day(entry.note.date) });
    case "placementStarted":
      return t("events.placement.startedAs", { type: tAll(`placements.types.${entry.placementType}`) });
    case "placementEnded":
      return t("events.placement.endedWith", { reason: tAll(`placements.endReasons.${entry.endReason}`) });
    case "placementTransferred":
      return t("events.placement.transferredFromTo", { from: entry.fromCentre, to: entry.toCentre });
    case "fosterVisit":
      return t("fosterVisitLabel", { household: `\u2068${entry.visit.householdName}\u2069`, date: day(new Date(entry.visit.date)) });
    default: {
      // Known types without parameters, and any future type once its label is added; otherwise generic.
      const key = `events.${entry.type}`;
      return t.has(key) && typeof t.raw(key) === "string" ? t(key) : t("generic", { type: entry.type });
    }
  }
}

function Reason({ type, reason }: { type: string; reason: string }) {
  const t = useTranslations("timeline");
  // Closure requests carry a closure reason code; rejections and reopenings carry free text.
  const closureReason = `closureReasons.${reason}`;
  const shown = type.startsWith("closure.") && type !== "closure.rejected" && t.has(closureReason) ? t(closureReason) : reason;
  return (
    <p className="mt-1 text-sm text-slate-700" dir="auto">
      {t("reason", { reason: shown })}
    </p>
  );
}

function NoteBody({ note }: { note: TimelineNote }) {
  const t = useTranslations("timeline");
  const format = useFormatter();
  return (
    <div className="mt-1 space-y-1">
      <p className="whitespace-pre-line break-words" dir="auto" data-testid="note-summary">
        {note.summary}
      </p>
      {note.nextVisitDate && (
        <p className="text-sm font-medium text-brand-800" data-testid="note-next-visit">
          {t("nextVisit", { date: format.dateTime(note.nextVisitDate, "date") })}
        </p>
      )}
    </div>
  );
}

function FosterVisitBody({ visit }: { visit: TimelineFosterVisit }) {
  const t = useTranslations("timeline.fosterVisit");
  const tFoster = useTranslations("foster");
  const seen = visit.seen ? (visit.seenAlone ? t("seenAlone") : t("seenNotAlone")) : t("notSeen");
  return (
    <ul className="mt-1 space-y-0.5 text-sm" data-testid="foster-visit-body">
      <li className={visit.seen ? "" : "font-semibold text-red-800"}>{seen}</li>
      {visit.wellbeing && <li>{t("wellbeing", { value: tFoster(`wellbeing.${visit.wellbeing}`) })}</li>}
      <li>{t("school", { value: tFoster(`school.${visit.schoolAttendance}`) })}</li>
      {visit.childViews && (
        <li className="whitespace-pre-line break-words" dir="auto">
          {t("childViews", { views: `\u2068${visit.childViews}\u2069` })}
        </li>
      )}
    </ul>
  );
}

function Entry({ entry }: { entry: TimelineEntry }) {
  const t = useTranslations("timeline");
  const tAll = useTranslations();
  const format = useFormatter();
  const locale = useLocale();
  const isNote = entry.kind === "note";
  const riskReason = entry.kind === "riskSet" ? riskReasonText({ riskReasonCode: entry.reasonCode, riskReason: entry.reason }, tAll) : null;
  return (
    <li
      data-testid="timeline-entry"
      data-event-type={entry.type}
      className={`relative rounded-lg border p-3 ${isNote ? "border-brand-100 bg-white" : "border-slate-200 bg-slate-50"}`}
    >
      <span
        aria-hidden
        className={`absolute -start-[1.45rem] top-4 h-3 w-3 rounded-full ring-2 ring-white ${isNote ? "bg-brand-700" : "bg-slate-400"}`}
      />
      <p className={isNote ? "font-semibold" : "font-medium"} data-testid="timeline-label">
        {labelOf(entry, t, tAll, (date) => format.dateTime(date, "date"), (items) => formatList(locale, items))}
      </p>
      {entry.kind === "note" && <NoteBody note={entry.note} />}
      {entry.kind === "fosterVisit" && <FosterVisitBody visit={entry.visit} />}
      {riskReason && <Reason type={entry.type} reason={riskReason} />}
      {entry.kind === "withReason" && <Reason type={entry.type} reason={entry.reason} />}
      {entry.kind === "reassigned" && entry.reason && <Reason type={entry.type} reason={entry.reason} />}
      <p className="mt-1 text-xs text-slate-500">
        <time dateTime={entry.at.toISOString()}>{format.dateTime(entry.at, "dateTime")}</time>
        {" · "}
        <span dir="auto">{entry.actorName ? t("by", { name: entry.actorName }) : t("noActor")}</span>
      </p>
    </li>
  );
}

/**
 * The case timeline: every event, newest first, each rendered from its type — notes in full,
 * known events with their translated label, any other (future) type generically.
 */
export function Timeline({ page, basePath }: { page: CaseTimelinePage; basePath: string }) {
  const t = useTranslations("timeline");
  const linkClass = buttonClass("neutral", "sm");
  return (
    <div className="space-y-4">
      {page.entries.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ol className="ms-2 space-y-3 border-s-2 border-slate-200 ps-4" data-testid="timeline">
          {page.entries.map((entry) => (
            <Entry key={entry.id} entry={entry} />
          ))}
        </ol>
      )}
      {(page.olderCursor || !page.isLatest) && (
        <nav aria-label={t("title")} className="flex flex-wrap items-center justify-between gap-3">
          {page.isLatest ? (
            <span />
          ) : (
            <Link href={basePath} className={linkClass}>
              {t("latest")}
            </Link>
          )}
          {page.olderCursor && (
            <Link href={`${basePath}?${new URLSearchParams({ before: page.olderCursor })}`} rel="next" className={linkClass}>
              {t("older")}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
