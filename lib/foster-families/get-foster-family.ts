import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { caseScope } from "@/lib/auth/scope";
import { isUuid } from "@/lib/validation/uuid";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { FosterFamilyDetail } from "./foster-family.dto";
import { familyListSelect, toFamilyListItem } from "./list-foster-families";
import { fosterReadScope, managesFamily } from "./foster-scope";

/**
 * One household with its visits and active placements. Another NGO's household is NotFoundError.
 * A placed child is named (with a link) only when the case is in the viewer's case scope.
 */
export async function getFosterFamily(actor: Actor, familyId: string): Promise<FosterFamilyDetail> {
  const scope = fosterReadScope(actor);
  if (!scope || !isUuid(familyId)) throw new NotFoundError();
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
        },
      },
      placements: {
        where: { endDate: null },
        orderBy: { startDate: "asc" },
        select: { id: true, caseId: true, startDate: true, reviewFlaggedAt: true, reviewReason: true },
      },
    },
  });
  if (!row) throw new NotFoundError();
  const caseIds = row.placements.map((p) => p.caseId);
  const visibleCases = caseIds.length
    ? await db.case.findMany({
        where: { AND: [{ id: { in: caseIds } }, caseScope(actor)] },
        select: { id: true, caseNumber: true, firstName: true, lastName: true },
      })
    : [];
  const byId = new Map(visibleCases.map((c) => [c.id, c]));
  const canManage = managesFamily(actor, row);

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
    visits: row.visits.map(({ visitedBy, ...visit }) => ({ ...visit, visitedByName: visitedBy.name })),
    placements: row.placements.map((p) => {
      const kase = byId.get(p.caseId);
      return {
        id: p.id,
        startDate: p.startDate,
        reviewFlaggedAt: p.reviewFlaggedAt,
        reviewReason: p.reviewReason,
        child: kase ? { caseId: kase.id, caseNumber: kase.caseNumber, name: `${kase.firstName} ${kase.lastName}` } : null,
      };
    }),
  };
}
