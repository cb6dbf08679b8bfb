import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { centreScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

export type BoardCentre = { id: string; code: string; name: string; capacity: number };

/**
 * The centres on the actor's occupancy board: all of them for the national supervisor, their own
 * (actor.centreIds) for a centre supervisor. Without placement:board the board does not exist.
 */
export async function boardCentres(actor: Actor): Promise<BoardCentre[]> {
  if (!can(actor, "placement:board")) throw new NotFoundError();
  return db.centre.findMany({ where: centreScope(actor), select: { id: true, code: true, name: true, capacity: true }, orderBy: { code: "asc" } });
}
