// What the case timeline shows, as a discriminated union, and the pure mapping from a stored
// CaseEvent (type + JSON data) to it. Any type this code does not know, or whose data does not
// have the expected shape, becomes a generic entry (type, date, actor): the timeline takes any event.
import { CaseStatus, ChildWellbeing, PlacementEndReason, PlacementType, RiskLevel, RiskReasonCode, SchoolAttendance, type NoteType } from "@/lib/generated/prisma/enums";

export type TimelineNote = {
  id: string;
  type: NoteType;
  date: Date;
  summary: string;
  nextVisitDate: Date | null;
  authorName: string;
};

type Detail =
  | { kind: "registered"; caseNumber: string }
  | { kind: "updated"; sections: string[] }
  | { kind: "statusChanged"; from: CaseStatus; to: CaseStatus }
  | { kind: "riskSet"; riskLevel: RiskLevel; reasonCode: RiskReasonCode; reason: string }
  | { kind: "reassigned"; fromName: string | null; toName: string; reason: string | null }
  | { kind: "note"; note: TimelineNote }
  | { kind: "withReason"; reason: string }
  | { kind: "accessGranted"; userName: string }
  | { kind: "placementStarted"; placementType: PlacementType }
  | { kind: "placementEnded"; endReason: PlacementEndReason }
  | { kind: "placementTransferred"; fromCentre: string; toCentre: string }
  | { kind: "fosterVisit"; visit: TimelineFosterVisit }
  | { kind: "generic" };

/** What a foster family's monitoring visit found for the child. */
export type TimelineFosterVisit = {
  householdName: string;
  date: string;
  seen: boolean;
  seenAlone: boolean;
  wellbeing: ChildWellbeing | null;
  schoolAttendance: SchoolAttendance;
  childViews: string | null;
};

export type TimelineEntry = Detail & {
  id: string;
  /** The stored event type, e.g. "case.noteAdded" or a future "placement.started". */
  type: string;
  at: Date;
  actorName: string | null;
};

export type StoredEvent = { id: bigint; type: string; data: unknown; at: Date; actorName: string | null };

const record = (data: unknown): Record<string, unknown> =>
  typeof data === "object" && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
const text = (value: unknown): value is string => typeof value === "string";
const isIn = <T extends string>(values: Record<string, T>, value: unknown): value is T =>
  text(value) && (Object.values(values) as string[]).includes(value);

/** The note ids that note events point to, so the notes can be loaded in one query. */
export function noteIdsOf(events: StoredEvent[]): string[] {
  return events.flatMap((e) => {
    const noteId = record(e.data).noteId;
    return e.type === "case.noteAdded" && text(noteId) ? [noteId] : [];
  });
}

const REASONED = new Set([
  "placement.reviewFlagged",
  "placement.reviewCompleted",
  "assessment.rejected",
  "casePlan.rejected",
  "closure.requested",
  "closure.approved",
  "closure.rejected",
  "case.reopened",
  "bid.referred",
  "bid.decisionSuperseded",
]);

function detailOf(event: StoredEvent, notes: ReadonlyMap<string, TimelineNote>): Detail {
  const data = record(event.data);
  switch (event.type) {
    case "case.registered":
      return text(data.caseNumber) ? { kind: "registered", caseNumber: data.caseNumber } : { kind: "generic" };
    case "case.updated":
      return { kind: "updated", sections: Array.isArray(data.sections) ? data.sections.filter(text) : [] };
    case "case.statusChanged":
      return isIn(CaseStatus, data.from) && isIn(CaseStatus, data.to)
        ? { kind: "statusChanged", from: data.from, to: data.to }
        : { kind: "generic" };
    case "case.riskSet":
      return isIn(RiskLevel, data.riskLevel)
        ? {
            kind: "riskSet",
            riskLevel: data.riskLevel,
            // Without a code, the reason is words (the shape before codes, converted by the migration).
            reasonCode: isIn(RiskReasonCode, data.reasonCode) ? data.reasonCode : "OTHER",
            reason: text(data.reason) ? data.reason : "",
          }
        : { kind: "generic" };
    case "case.reassigned":
      return text(data.toName)
        ? { kind: "reassigned", fromName: text(data.fromName) ? data.fromName : null, toName: data.toName, reason: text(data.reason) ? data.reason : null }
        : { kind: "generic" };
    case "case.noteAdded": {
      const note = text(data.noteId) ? notes.get(data.noteId) : undefined;
      return note ? { kind: "note", note } : { kind: "generic" };
    }
    case "case.accessGranted":
      return text(data.userName) ? { kind: "accessGranted", userName: data.userName } : { kind: "generic" };
    case "placement.started":
      return isIn(PlacementType, data.placementType) ? { kind: "placementStarted", placementType: data.placementType } : { kind: "generic" };
    case "placement.ended":
      return isIn(PlacementEndReason, data.endReason) ? { kind: "placementEnded", endReason: data.endReason } : { kind: "generic" };
    case "placement.transferred":
      return text(data.fromCentre) && text(data.toCentre)
        ? { kind: "placementTransferred", fromCentre: data.fromCentre, toCentre: data.toCentre }
        : { kind: "generic" };
    case "fosterFamily.visitRecorded":
      return text(data.householdName) && text(data.date) && typeof data.seen === "boolean" && isIn(SchoolAttendance, data.schoolAttendance)
        ? {
            kind: "fosterVisit",
            visit: {
              householdName: data.householdName,
              date: data.date,
              seen: data.seen,
              seenAlone: data.seenAlone === true,
              wellbeing: isIn(ChildWellbeing, data.wellbeing) ? data.wellbeing : null,
              schoolAttendance: data.schoolAttendance,
              childViews: text(data.childViews) ? data.childViews : null,
            },
          }
        : { kind: "generic" };
    default:
      return REASONED.has(event.type) && text(data.reason) ? { kind: "withReason", reason: data.reason } : { kind: "generic" };
  }
}

export function toTimelineEntry(event: StoredEvent, notes: ReadonlyMap<string, TimelineNote>): TimelineEntry {
  return { ...detailOf(event, notes), id: event.id.toString(), type: event.type, at: event.at, actorName: event.actorName };
}
