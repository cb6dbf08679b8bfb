import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { caseScope } from "@/lib/auth/scope";
import { isUuid } from "@/lib/validation/uuid";
import { todayUtc } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { FosterFamilyDetail, PlacedChild } from "./foster-family.dto";
import { familyListSelect, toFamilyListItem } from "./list-foster-families";
import { fosterReadScope, managesFamily } from "./foster-scope";

/** How far back the visit form offers children who have left since (a visit recorded late). */
const CANDIDATE_DAYS = 90;

/**
 * One household with its visits and active placements. Another NGO's household is NotFoundError.
 * A placed child is named (with a link) only when the case is in the viewer's case scope; a
 * visit's entry for a child is shown to the managing NGO (who wrote it) and otherwise only for
 * cases in the viewer's scope.
 */
export async function getFosterFamily(actor: Actor, familyId: string): Promise<FosterFamilyDetail> {
  const scope = fosterReadScope(actor);
  if (!scope || !isUuid(familyId)) throw new NotFoundError();
  const since = new Date(todayUtc().getTime() - CANDIDATE_DAYS * 86_400_000);
  const row = await db.fosterFamily.findFirst({
    where: { AND: [{ id: familyId }, scope] },
    select: {
      ...familyListSelect,
      organisationId: true,
      contactName: true,
      contactPhone: true,
      address: true,
      notes: true,
      approvedAt: true,
      suspendedAt: true,
      suspensionReason: true,
      version: true,
      visits: {
        orderBy: [{ date: "desc" }, { createdAt: "desc" }],
        take: 50,
        select: {
          id: true,
          date: true,
          visitors: true,
          observations: true,
          concerns: true,
          suspendedFamily: true,
          nextVisitDueAt: true,
          visitedBy: { select: { name: true } },
          children: {
            orderBy: { createdAt: "asc" },
            select: { id: true, caseId: true, seen: true, seenAlone: true, wellbeing: true, schoolAttendance: true, childViews: true },
          },
        },
      },
      placements: {
        where: { OR: [{ endDate: null }, { endDate: { gt: since } }] },
        orderBy: [{ startDate: "asc" }, { id: "asc" }],
        select: { id: true, caseId: true, startDate: true, endDate: true, reviewFlaggedAt: true, reviewReason: true },
      },
    },
  });
  if (!row) throw new NotFoundError();
  const canManage = managesFamily(actor, row);
  const caseIds = [...new Set([...row.placements.map((p) => p.caseId), ...row.visits.flatMap((v) => v.children.map((c) => c.caseId))])];
  const visibleCases = caseIds.length
    ? await db.case.findMany({
        where: { AND: [{ id: { in: caseIds } }, caseScope(actor)] },
        select: { id: true, caseNumber: true, firstName: true, lastName: true },
      })
    : [];
  const byId = new Map(visibleCases.map((c) => [c.id, c]));
  const childOf = (caseId: string): PlacedChild => {
    const kase = byId.get(caseId);
    return kase ? { caseId: kase.id, caseNumber: kase.caseNumber, name: `${kase.firstName} ${kase.lastName}` } : null;
  };

  return {
    ...toFamilyListItem(row),
    organisationId: row.organisationId,
    contact: canManage ? { contactName: row.contactName, contactPhone: row.contactPhone, address: row.address } : null,
    notes: canManage ? row.notes : null,
    approvedAt: row.approvedAt,
    suspendedAt: row.suspendedAt,
    suspensionReason: row.suspensionReason,
    version: row.version,
    canManage,
    visits: row.visits.map(({ visitedBy, children, ...visit }) => ({
      ...visit,
      visitedByName: visitedBy.name,
      children: children
        .filter((entry) => canManage || byId.has(entry.caseId))
        .map(({ caseId, ...entry }) => ({ ...entry, child: childOf(caseId) })),
    })),
    placements: row.placements
      .filter((p) => p.endDate === null)
      .map((p) => ({ id: p.id, startDate: p.startDate, reviewFlaggedAt: p.reviewFlaggedAt, reviewReason: p.reviewReason, child: childOf(p.caseId) })),
    visitCandidates: canManage ? row.placements.map((p) => ({ placementId: p.id, startDate: p.startDate, endDate: p.endDate, child: childOf(p.caseId) })) : [],
  };
}
