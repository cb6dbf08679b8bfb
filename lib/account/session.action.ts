"use server";
// The idle timeout's two calls (components/layout/idle-timeout.tsx): "stay signed in", and the
// sign-out when nobody answered the warning.
import { signOut } from "@/lib/auth/auth";
import { getActor, getCurrentSession } from "@/lib/auth/session";
import { signOutSession } from "@/lib/auth/sign-out-session";
import { signedOutUrl } from "./signed-out-reason";

/** Whether this session is still open on the server (it may have been ended elsewhere meanwhile). */
export async function keepSessionAlive(): Promise<boolean> {
  return (await getActor()) !== null;
}

/** Ends this session on the server like the sign-out button, then the login page says why. */
export async function signOutAfterIdle(): Promise<void> {
  const session = await getCurrentSession();
  if (session) await signOutSession(session.actor, session.sessionId, "auth.signedOutIdle");
  await signOut({ redirectTo: signedOutUrl("idle") });
}
