import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";

/** The centres the actor works in, by name. */
export async function listMyCentres(actor: Actor): Promise<{ id: string; name: string }[]> {
  if (actor.centreIds.length === 0) return [];
  return db.centre.findMany({
    where: { id: { in: [...actor.centreIds] } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}
