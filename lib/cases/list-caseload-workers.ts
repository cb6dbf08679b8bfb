import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { seesEveryCentre } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

export type CaseloadWorker = { id: string; name: string; active: boolean };

/**
 * The social workers offered by the caseload's worker filter: those of the actor's centres (or of
 * the chosen one among them). A national supervisor, who has no centre, gets the workers of the
 * centre they chose, or none. Other roles (BID, NGO) do not filter by worker. Deactivated
 * workers are included: their cases still need reassigning.
 */
export async function listCaseloadWorkers(actor: Actor, options: { centreId?: string; workerId?: string } = {}): Promise<CaseloadWorker[]> {
  if (!can(actor, "case:read")) throw new NotFoundError();
  let centreIds: string[];
  if (actor.centreIds.length > 0) {
    centreIds = options.centreId ? actor.centreIds.filter((id) => id === options.centreId) : [...actor.centreIds];
  } else {
    centreIds = seesEveryCentre(actor) && options.centreId ? [options.centreId] : [];
  }
  // A national supervisor who follows a worker from the dashboard (all centres) sees that worker
  // chosen in the filter, not an empty select hiding an applied filter.
  if (centreIds.length === 0 && seesEveryCentre(actor) && options.workerId) {
    return db.user.findMany({ where: { id: options.workerId, role: "SOCIAL_WORKER" }, select: { id: true, name: true, active: true } });
  }
  if (centreIds.length === 0) return [];
  return db.user.findMany({
    where: {
      role: "SOCIAL_WORKER",
      OR: [
        { centres: { some: { centreId: { in: centreIds } } } },
        // Followed from "cases to reassign": a worker who left the centre still holds cases there.
        ...(options.workerId ? [{ id: options.workerId, assignedCases: { some: { centreId: { in: centreIds } } } }] : []),
      ],
    },
    select: { id: true, name: true, active: true },
    orderBy: [{ active: "desc" }, { name: "asc" }, { id: "asc" }],
  });
}
