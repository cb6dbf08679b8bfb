import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { caseEditScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/uuid";
import { FINISHED_STATUSES } from "./list-cases";

/** A worker one may assign cases to, with how many open cases they hold now (to spread the load). */
export type CentreWorker = { id: string; name: string; openCases: number };

/** The active social workers of these centres, with their open caseload counts, by name. */
async function workersOf(centreIds: string[]): Promise<CentreWorker[]> {
  const workers = await db.user.findMany({
    where: { role: "SOCIAL_WORKER", active: true, centres: { some: { centreId: { in: centreIds } } } },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  const counts = await db.case.groupBy({
    by: ["assignedWorkerId"],
    where: { assignedWorkerId: { in: workers.map((w) => w.id) }, status: { notIn: FINISHED_STATUSES } },
    _count: { _all: true },
  });
  const byWorker = new Map(counts.map((c) => [c.assignedWorkerId, c._count._all]));
  return workers.map((w) => ({ ...w, openCases: byWorker.get(w.id) ?? 0 }));
}

/**
 * The active social workers of the case's centre: whom its supervisor may assign it to. Only
 * for someone who may assign this case (its centre supervisor); anyone else gets NotFoundError.
 */
export async function listCentreWorkers(actor: Actor, caseId: string): Promise<CentreWorker[]> {
  if (!can(actor, "case:assign") || !isUuid(caseId)) throw new NotFoundError();
  const found = await db.case.findFirst({ where: { AND: [{ id: caseId }, caseEditScope(actor)] }, select: { centreId: true } });
  if (!found) throw new NotFoundError();
  return workersOf([found.centreId]);
}

/**
 * For the caseload's bulk reassignment: the active social workers of the supervisor's centres.
 * The DAL still checks, per selected case, that the chosen one works in that case's centre.
 */
export async function listAssignableWorkers(actor: Actor): Promise<CentreWorker[]> {
  if (!can(actor, "case:assign")) throw new NotFoundError();
  return actor.centreIds.length > 0 ? workersOf([...actor.centreIds]) : [];
}
