import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { caseScope } from "@/lib/auth/scope";
import { isUuid } from "@/lib/validation/uuid";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

/**
 * The next visit planned on the case: the next-visit date written on its most recent note that
 * has one (latest note date, then latest written) or on a later foster family visit that saw the
 * child, or null. The case must be in the read scope.
 */
export async function getPlannedVisit(actor: Actor, caseId: string): Promise<Date | null> {
  if (!can(actor, "case:read") || !isUuid(caseId)) throw new NotFoundError();
  const found = await db.case.findFirst({ where: { AND: [{ id: caseId }, caseScope(actor)] }, select: { id: true } });
  if (!found) throw new NotFoundError();
  const note = await db.caseNote.findFirst({
    where: { caseId, nextVisitDate: { not: null } },
    orderBy: [{ date: "desc" }, { createdAt: "desc" }],
    select: { date: true, nextVisitDate: true },
  });
  // A foster family visit at which the child was seen plans the next visit too (docs/domain.md).
  const fosterVisit = await db.fosterVisitChild.findFirst({
    where: { caseId, seen: true, visit: { nextVisitDueAt: { not: null } } },
    orderBy: [{ visit: { date: "desc" } }, { createdAt: "desc" }],
    select: { visit: { select: { date: true, nextVisitDueAt: true } } },
  });
  if (fosterVisit && (!note || fosterVisit.visit.date > note.date)) return fosterVisit.visit.nextVisitDueAt;
  return note?.nextVisitDate ?? null;
}
