import "server-only";
import type { Tx } from "@/lib/db";

/** A follow-up contact with the child: its date and the next visit planned at it, if any. */
export type FollowUpContact = { date: Date; nextVisitDate: Date | null };

/**
 * The case's latest follow-up contact: a note of type FOLLOW_UP_VISIT, or a foster family
 * monitoring visit at which the child was seen (docs/domain.md, "Follow-up"). The later date
 * wins; on the same day the note does (the worker's own planning). Two queries, one at a time:
 * inside a transaction they share one connection.
 */
export async function latestFollowUpContact(client: Pick<Tx, "caseNote" | "fosterVisitChild">, caseId: string): Promise<FollowUpContact | null> {
  const note = await client.caseNote.findFirst({
    where: { caseId, type: "FOLLOW_UP_VISIT" },
    orderBy: [{ date: "desc" }, { createdAt: "desc" }],
    select: { date: true, nextVisitDate: true },
  });
  const fosterVisit = await client.fosterVisitChild.findFirst({
    where: { caseId, seen: true },
    orderBy: [{ visit: { date: "desc" } }, { createdAt: "desc" }],
    select: { visit: { select: { date: true, nextVisitDueAt: true } } },
  });
  const foster = fosterVisit ? { date: fosterVisit.visit.date, nextVisitDate: fosterVisit.visit.nextVisitDueAt } : null;
  if (!note) return foster;
  if (!foster) return note;
  return foster.date > note.date ? foster : note;
}
