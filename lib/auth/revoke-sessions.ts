import "server-only";
import type { Tx } from "@/lib/db";
import { SESSION_MAX_AGE_SECONDS } from "./session-lifetime";

/**
 * Ends every open session of a user: their next request, whatever the cookie, finds no actor.
 * Call it inside the transaction that makes the change, next to its audit event.
 *
 * Changes of role, organisation, activity, password or centres already do this by themselves
 * (database triggers on "User" and "UserCentre"); calling it there as well is harmless. Use it
 * for anything else that must end a user's sessions, such as a suspected stolen password
 * (docs/adr/0016-session-revocation.md).
 */
export async function revokeAllSessions(tx: Tx, userId: string): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { id: true } });
}

/** Ends one session (signing out): its token is refused until it would have expired anyway. */
export async function revokeSession(tx: Tx, userId: string, sessionId: string, now = new Date()): Promise<void> {
  const expiresAt = new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000);
  // Two tabs signing out at once name the same session.
  await tx.revokedSession.createMany({ data: [{ id: sessionId, userId, expiresAt }], skipDuplicates: true });
  // Forget sessions that have expired by themselves: the list stays as short as the sign-outs of the last hours.
  await tx.revokedSession.deleteMany({ where: { expiresAt: { lt: now } } });
}
