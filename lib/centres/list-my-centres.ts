import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";

/** The active centres the actor works in, by name: where they may register a child. */
export async function listMyCentres(actor: Actor): Promise<{ id: string; name: string }[]> {
  if (actor.centreIds.length === 0) return [];
  return db.centre.findMany({
    where: { id: { in: [...actor.centreIds] }, active: true },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}
