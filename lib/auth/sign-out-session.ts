import "server-only";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import type { Actor } from "./actor";
import { loadSessionActor } from "./load-actor";
import { revokeSession } from "./revoke-sessions";

/**
 * Signing out: the session is revoked on the server, with its audit event, before the cookie is
 * cleared. "auth.signedOutIdle": the idle timeout ended it, not the user.
 */
export async function signOutSession(actor: Actor, sessionId: string, action: "auth.logout" | "auth.signedOutIdle" = "auth.logout"): Promise<void> {
  await db.$transaction(async (tx) => {
    await revokeSession(tx, actor.userId, sessionId);
    await writeAuditEvent(tx, actor.userId, { action, entityType: "User", entityId: actor.userId });
  });
}

/**
 * The same from a decoded session token (Auth.js's own sign-out endpoint); nothing for a token
 * whose session has already ended.
 */
export async function signOutToken(token: { sub?: unknown; sessionId?: unknown; sessionVersion?: unknown }): Promise<void> {
  if (typeof token.sub !== "string" || typeof token.sessionId !== "string") return;
  const actor = await loadSessionActor(token.sub, token);
  if (actor) await signOutSession(actor, token.sessionId);
}
