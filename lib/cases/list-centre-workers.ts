import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { caseEditScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/uuid";

export type CentreWorker = { id: string; name: string };

/**
 * The active social workers of the case's centre: whom its supervisor may assign it to. Only
 * for someone who may assign this case (its centre supervisor); anyone else gets NotFoundError.
 */
export async function listCentreWorkers(actor: Actor, caseId: string): Promise<CentreWorker[]> {
  if (!can(actor, "case:assign") || !isUuid(caseId)) throw new NotFoundError();
  const found = await db.case.findFirst({ where: { AND: [{ id: caseId }, caseEditScope(actor)] }, select: { centreId: true } });
  if (!found) throw new NotFoundError();
  return db.user.findMany({
    where: { role: "SOCIAL_WORKER", active: true, centres: { some: { centreId: found.centreId } } },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}
