import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

export type CaseloadCentre = { id: string; code: string; name: string };

/**
 * The centres offered by the caseload's centre filter: the actor's own, or every centre for the
 * roles whose scope is not tied to centres (national supervisor, BID coordinator, NGO). Naming a
 * centre only narrows the list: the scope still decides which cases come back.
 */
export async function listCaseloadCentres(actor: Actor): Promise<CaseloadCentre[]> {
  if (!can(actor, "case:read")) throw new NotFoundError();
  return db.centre.findMany({
    where: actor.centreIds.length > 0 ? { id: { in: [...actor.centreIds] } } : {},
    select: { id: true, code: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}
