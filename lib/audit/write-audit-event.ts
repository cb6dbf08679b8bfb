import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";

/**
 * Every kind of audit event, as a typed union: adding a write means adding its event here.
 * `before`/`after` hold the changed fields (never password hashes).
 */
export type AuditEvent =
  | { action: "case.registered"; entityType: "Case"; entityId: string; after: Prisma.InputJsonValue }
  | { action: "auth.login.succeeded"; entityType: "User"; entityId: string }
  | { action: "auth.login.failed"; entityType: "User" | "LoginThrottle"; entityId: string | null; after: Prisma.InputJsonValue }
  | { action: "auth.account.locked"; entityType: "User" | "LoginThrottle"; entityId: string | null; after: Prisma.InputJsonValue }
  | { action: "auth.logout"; entityType: "User"; entityId: string };

/** Writes the audit event with the transaction client of the change it describes. */
export async function writeAuditEvent(tx: Tx, actorId: string | null, event: AuditEvent): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      before: "before" in event ? (event.before as Prisma.InputJsonValue) : undefined,
      after: "after" in event ? event.after : undefined,
    },
  });
}
