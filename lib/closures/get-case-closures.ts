import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { caseScope } from "@/lib/auth/scope";
import { splitCurrent } from "@/lib/approvals/split-current";
import { isUuid } from "@/lib/validation/uuid";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { CaseClosures } from "./closure.dto";

/** The case's closure requests and reopenings for anyone who may read the case. */
export async function getCaseClosures(actor: Actor, caseId: string): Promise<CaseClosures> {
  if (!can(actor, "case:read") || !isUuid(caseId)) throw new NotFoundError();
  const row = await db.case.findFirst({
    where: { AND: [{ id: caseId }, caseScope(actor)] },
    select: {
      closures: {
        orderBy: [{ requestedAt: "desc" }, { id: "desc" }],
        select: {
          id: true,
          status: true,
          reason: true,
          summary: true,
          requestedAt: true,
          decidedAt: true,
          rejectionReason: true,
          requestedBy: { select: { name: true } },
          decidedBy: { select: { name: true } },
        },
      },
      events: {
        where: { type: "case.reopened" },
        orderBy: { at: "desc" },
        select: { at: true, data: true, actor: { select: { name: true } } },
      },
    },
  });
  if (!row) throw new NotFoundError();
  const closures = row.closures.map(({ requestedBy, decidedBy, ...closure }) => ({
    ...closure,
    requestedByName: requestedBy.name,
    decidedByName: decidedBy?.name ?? null,
  }));
  const reopenings = row.events.map((event) => ({
    at: event.at,
    byName: event.actor?.name ?? null,
    reason: String((event.data as { reason?: unknown }).reason ?? ""),
  }));
  return { ...splitCurrent(closures), reopenings };
}
