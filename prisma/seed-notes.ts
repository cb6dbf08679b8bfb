// The case notes of a demo child: the intake interview (the first action), a few calls, services
// and notes, and for cases being implemented or followed up, follow-up visits whose latest one
// sets the next due date.
import { DEFAULT_TIMELINES } from "@/lib/cases/timelines";
import type { NoteType } from "@/lib/generated/prisma/enums";
import { DAY, SEED } from "./seed-children";
import { noteSummary } from "./seed-file-texts";
import type { ProfiledChild } from "./seed-profile";
import { between, streamFor, weighted } from "./seed-random";
import { DEMO_TODAY, RECORDS_UNTIL, at, dayOf } from "./seed-time";

export type NoteDraft = { type: NoteType; date: Date; nextVisitDate: Date | null; createdAt: Date; summary: string };

export type NoteWindow = {
  /** The intake interview: the case's first action. */
  firstActionAt: Date;
  /** Midnight of the last day a note may bear (closure, transfer, or the end of the records). */
  lastDay: number;
  /** Visits come only once a plan is approved. */
  planApprovedAt: Date | null;
  /** Open cases under a plan: the latest visit is recent ("current") or long past ("lapsed"). */
  followUp: "current" | "lapsed" | null;
};

export function caseNotes(child: ProfiledChild, window: NoteWindow): NoteDraft[] {
  const random = streamFor(SEED, child.caseNumber, "notes");
  const written = new Set<string>();
  /** A summary this child's file does not have yet, if a few draws find one. */
  const summary = (type: NoteType, intake: boolean) => {
    let text = noteSummary(random, child, type, intake);
    for (let tries = 0; tries < 4 && written.has(text); tries++) text = noteSummary(random, child, type, intake);
    written.add(text);
    return text;
  };
  const note = (type: NoteType, day: number, nextVisitDay: number | null = null, intake = false): NoteDraft => ({
    type,
    date: new Date(day),
    nextVisitDate: nextVisitDay === null ? null : new Date(nextVisitDay),
    createdAt: intake ? window.firstActionAt : at(day, between(random, 9, 17), between(random, 0, 59)),
    summary: summary(type, intake),
  });
  const notes = [note("NOTE", dayOf(window.firstActionAt), null, true)];

  // The latest follow-up visit of a case under a plan, placed so its due date falls as wanted.
  let finalVisit: NoteDraft | null = null;
  if (window.followUp) {
    const days = DEFAULT_TIMELINES.followUpHours[child.riskLevel ?? "MEDIUM"] / 24;
    if (window.followUp === "current") {
      const day = DEMO_TODAY - between(random, 2, Math.min(days - 1, 12)) * DAY;
      const planned = Math.max(day + between(random, Math.ceil(days * 0.6), days) * DAY, DEMO_TODAY + 2 * DAY);
      finalVisit = note("FOLLOW_UP_VISIT", day, planned);
    } else {
      const day = RECORDS_UNTIL - (days + between(random, 5, 20)) * DAY;
      finalVisit = note("FOLLOW_UP_VISIT", day, day + days * DAY);
    }
  }

  const firstDay = dayOf(window.firstActionAt) + DAY;
  const lastDay = finalVisit ? finalVisit.date.getTime() - DAY : window.lastDay;
  const more = between(random, 0, window.followUp ? 2 : 3);
  const days = Array.from({ length: lastDay > firstDay ? more : 0 }, () => firstDay + Math.floor(random() * ((lastDay - firstDay) / DAY + 1)) * DAY);
  for (const day of days.sort((a, b) => a - b)) {
    let type = weighted<NoteType>(random, { NOTE: 2, PHONE_CALL: 3, SERVICE: 3, FOLLOW_UP_VISIT: window.planApprovedAt ? 2 : 0 });
    if (type === "FOLLOW_UP_VISIT" && (!window.planApprovedAt || day <= window.planApprovedAt.getTime())) type = "SERVICE";
    const nextVisit = type === "FOLLOW_UP_VISIT" && window.followUp ? day + between(random, 7, 30) * DAY : null;
    notes.push(note(type, day, nextVisit));
  }
  if (finalVisit) notes.push(finalVisit);
  return notes;
}
