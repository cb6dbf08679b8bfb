import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Actor } from "./actor";
import { auth } from "./auth";
import { loadActor } from "./load-actor";

/** The signed-in actor for this request (session → database), or null. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  return userId ? loadActor(userId) : null;
});

/** Every page and server action starts here: no valid session → the login page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  return actor;
}
