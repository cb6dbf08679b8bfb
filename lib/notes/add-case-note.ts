import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { recordCaseEvent } from "@/lib/cases/case-events";
import { findCaseForWrite, refreshDueDates } from "@/lib/cases/case-write";
import { toIsoDate } from "@/lib/dates/calendar";
import { pastEventProblem } from "@/lib/dates/date-rules";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { fieldErrorsByField } from "@/lib/field-errors";
import { caseNoteSchema } from "./case-note.schema";

/**
 * Adds a case note or follow-up visit. Social workers and supervisors write on the cases they
 * may edit; NGO caseworkers, who deliver services and follow-up visits, on the cases referred to
 * them (their read scope). Notes are append-only, so they take no version and leave the case's
 * version alone: writing a note never makes a colleague's open edit form conflict.
 */
export async function addCaseNote(actor: Actor, caseId: string, input: unknown): Promise<WriteResult<{ noteId: string }>> {
  if (!can(actor, "case:note")) throw new NotFoundError();
  const parsed = caseNoteSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByField(parsed.error) };
  const note = parsed.data;

  return db.$transaction(async (tx) => {
    const scope = can(actor, "case:note:referred") ? "read" : "edit";
    const child = await findCaseForWrite(tx, actor, caseId, { permission: "case:note", scope });
    const dateProblem = pastEventProblem(note.date, { birth: child.dateOfBirth });
    if (dateProblem) return { ok: false as const, fieldErrors: { date: dateProblem } };
    const created = await tx.caseNote.create({
      data: { caseId, type: note.type, date: note.date, summary: note.summary, nextVisitDate: note.nextVisitDate, authorId: actor.userId },
      select: { id: true },
    });
    // A note is the first action on a case; only the first one counts.
    await tx.case.updateMany({ where: { id: caseId, firstActionAt: null }, data: { firstActionAt: new Date() } });
    await recordCaseEvent(tx, caseId, actor.userId, { type: "case.noteAdded", data: { noteId: created.id, noteType: note.type } });
    await refreshDueDates(tx, caseId);
    await writeAuditEvent(tx, actor.userId, {
      action: "case.noteAdded",
      entityType: "CaseNote",
      entityId: created.id,
      after: {
        caseId,
        type: note.type,
        date: toIsoDate(note.date),
        summary: note.summary,
        nextVisitDate: note.nextVisitDate ? toIsoDate(note.nextVisitDate) : null,
      },
    });
    return { ok: true as const, data: { noteId: created.id } };
  });
}
