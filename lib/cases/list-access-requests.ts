import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { caseEditScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

export type AccessRequestItem = {
  id: string;
  requestedAt: Date;
  reason: string;
  requesterName: string;
  requesterCentres: string[];
  caseId: string;
  caseNumber: string;
  childName: string;
};

/** Pending access requests on the cases of the supervisor's centres, oldest first. */
export async function listAccessRequests(actor: Actor): Promise<AccessRequestItem[]> {
  if (!can(actor, "case:assign")) throw new NotFoundError();
  const rows = await db.caseAccessRequest.findMany({
    where: { status: "PENDING", case: caseEditScope(actor) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      createdAt: true,
      reason: true,
      requester: { select: { name: true, centres: { select: { centre: { select: { name: true } } } } } },
      case: { select: { id: true, caseNumber: true, firstName: true, lastName: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    requestedAt: row.createdAt,
    reason: row.reason,
    requesterName: row.requester.name,
    requesterCentres: row.requester.centres.map((c) => c.centre.name),
    caseId: row.case.id,
    caseNumber: row.case.caseNumber,
    childName: `${row.case.firstName} ${row.case.lastName}`,
  }));
}
