import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";

/** The name of the actor's own organisation. */
export async function getOrganisationName(actor: Actor): Promise<string> {
  const organisation = await db.organisation.findUniqueOrThrow({ where: { id: actor.organisationId }, select: { name: true } });
  return organisation.name;
}
