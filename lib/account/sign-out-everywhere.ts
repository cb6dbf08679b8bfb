import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { revokeAllSessions } from "@/lib/auth/revoke-sessions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";

/**
 * Ends every session of the signed-in user, on every device, this one included (a phone left
 * signed in, a shared computer): each one's next request finds no actor (docs/adr/0016).
 */
export async function signOutEverywhere(actor: Actor): Promise<void> {
  await db.$transaction(async (tx) => {
    await revokeAllSessions(tx, actor.userId);
    await writeAuditEvent(tx, actor.userId, { action: "auth.signedOutEverywhere", entityType: "User", entityId: actor.userId });
  });
}
