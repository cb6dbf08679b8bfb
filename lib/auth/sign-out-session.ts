import "server-only";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import type { Actor } from "./actor";
import { revokeSession } from "./revoke-sessions";

/** Signing out: the session is revoked on the server, with its audit event, before the cookie is cleared. */
export async function signOutSession(actor: Actor, sessionId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await revokeSession(tx, actor.userId, sessionId);
    await writeAuditEvent(tx, actor.userId, { action: "auth.logout", entityType: "User", entityId: actor.userId });
  });
}
