import "server-only";
import { db } from "@/lib/db";
import { makeActor, type Actor } from "./actor";

/** The actor for a user id, from the database; null for an unknown or deactivated user. */
export async function loadActor(userId: string): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, role: true, organisationId: true, active: true, centres: { select: { centreId: true } } },
  });
  if (!user || !user.active) return null;
  return makeActor({
    userId: user.id,
    name: user.name,
    role: user.role,
    organisationId: user.organisationId,
    centreIds: user.centres.map((c) => c.centreId),
  });
}
