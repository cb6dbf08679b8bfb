import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Actor } from "./actor";
import { auth } from "./auth";
import { loadSessionActor } from "./load-actor";

/** This request's session (cookie → token → database), or null; also null for a revoked session. */
export const getCurrentSession = cache(async (): Promise<{ actor: Actor; sessionId: string } | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId || !session.sessionId) return null;
  const actor = await loadSessionActor(userId, session);
  return actor ? { actor, sessionId: session.sessionId } : null;
});

/** The signed-in actor for this request, or null. */
export async function getActor(): Promise<Actor | null> {
  return (await getCurrentSession())?.actor ?? null;
}

/** Every page and server action starts here: no valid session → the login page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  return actor;
}
