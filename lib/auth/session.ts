import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Actor } from "./actor";
import { auth } from "./auth";
import { loadSessionState } from "./load-actor";

/** Where a user whose role requires a second factor is sent until they have turned it on. */
export const TWO_FACTOR_ENROLMENT_PATH = "/account/two-factor";

type CurrentSession = { actor: Actor; sessionId: string; mustEnrolSecondFactor: boolean };

/** This request's session (cookie → token → database), or null; also null for a revoked session. */
export const getCurrentSession = cache(async (): Promise<CurrentSession | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId || !session.sessionId) return null;
  const state = await loadSessionState(userId, session);
  return state ? { ...state, sessionId: session.sessionId } : null;
});

/**
 * The signed-in actor for this request, or null; null too while the user must first turn on
 * two-factor sign-in (route handlers then refuse, as for a signed-out visitor).
 */
export async function getActor(): Promise<Actor | null> {
  const session = await getCurrentSession();
  return session && !session.mustEnrolSecondFactor ? session.actor : null;
}

/**
 * Every page and server action starts here: no valid session → the login page; a role that
 * requires a second factor not yet turned on → the enrolment page, whatever was asked for.
 */
export async function requireActor(): Promise<Actor> {
  const session = await getCurrentSession();
  if (!session) redirect("/login");
  if (session.mustEnrolSecondFactor) redirect(TWO_FACTOR_ENROLMENT_PATH);
  return session.actor;
}

/**
 * The signed-in actor even before a required second factor is on: only for the enrolment page
 * and its actions, and the shell around every page (header, sign-out).
 */
export async function requireSignedInActor(): Promise<Actor> {
  const session = await getCurrentSession();
  if (!session) redirect("/login");
  return session.actor;
}
