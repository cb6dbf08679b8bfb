"use server";
import { signOut } from "./auth";
import { getCurrentSession } from "./session";
import { signOutSession } from "./sign-out-session";

/** Ends this session on the server (a copy of the cookie is refused from now on), then clears the cookie. */
export async function logout(): Promise<void> {
  const session = await getCurrentSession();
  if (session) await signOutSession(session.actor, session.sessionId);
  await signOut({ redirectTo: "/login" });
}
