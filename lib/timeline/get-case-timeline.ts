import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { caseScope } from "@/lib/auth/scope";
import { isUuid } from "@/lib/validation/uuid";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { noteIdsOf, toTimelineEntry, type StoredEvent, type TimelineEntry, type TimelineNote } from "./timeline-entry";

export const TIMELINE_PAGE_SIZE = 30;

export type CaseTimelinePage = {
  /** Newest first. */
  entries: TimelineEntry[];
  /** Pass as `before` to get the next, older page; null on the oldest page. */
  olderCursor: string | null;
  /** Whether this page starts at the newest event (no `before`, or one that is not this case's). */
  isLatest: boolean;
};

const CURSOR = /^\d{1,18}$/;

/**
 * One page of the case's timeline: every CaseEvent, newest first, with its actor's name and,
 * for note events, the note itself. Two queries per page whatever its length (events, then the
 * notes they name). The case must be in the actor's read scope.
 */
export async function getCaseTimeline(actor: Actor, caseId: string, options: { before?: string } = {}): Promise<CaseTimelinePage> {
  if (!can(actor, "case:read") || !isUuid(caseId)) throw new NotFoundError();
  const found = await db.case.findFirst({ where: { AND: [{ id: caseId }, caseScope(actor)] }, select: { id: true } });
  if (!found) throw new NotFoundError();

  const cursor =
    options.before && CURSOR.test(options.before)
      ? await db.caseEvent.findFirst({ where: { id: BigInt(options.before), caseId }, select: { id: true, at: true } })
      : null;
  // Keyset on (at, id): events written in one transaction share `at`.
  const rows = await db.caseEvent.findMany({
    where: {
      caseId,
      ...(cursor && { OR: [{ at: { lt: cursor.at } }, { at: cursor.at, id: { lt: cursor.id } }] }),
    },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: TIMELINE_PAGE_SIZE + 1,
    select: { id: true, type: true, data: true, at: true, actor: { select: { name: true } } },
  });
  const page: StoredEvent[] = rows
    .slice(0, TIMELINE_PAGE_SIZE)
    .map((row) => ({ id: row.id, type: row.type, data: row.data, at: row.at, actorName: row.actor?.name ?? null }));

  const noteIds = noteIdsOf(page).filter(isUuid);
  const notes = noteIds.length
    ? await db.caseNote.findMany({
        where: { caseId, id: { in: noteIds } },
        select: { id: true, type: true, date: true, summary: true, nextVisitDate: true, author: { select: { name: true } } },
      })
    : [];
  const notesById = new Map<string, TimelineNote>(
    notes.map(({ author, ...note }) => [note.id, { ...note, authorName: author.name }]),
  );

  return {
    entries: page.map((event) => toTimelineEntry(event, notesById)),
    olderCursor: rows.length > TIMELINE_PAGE_SIZE ? page[page.length - 1].id.toString() : null,
    isLatest: cursor === null,
  };
}
