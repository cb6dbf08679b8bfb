import "server-only";
import type { Tx } from "@/lib/db";
import type { AuditEvent } from "./audit-events";

export type { AuditEvent } from "./audit-events";

/** Writes the audit event with the transaction client of the change it describes. */
export async function writeAuditEvent(tx: Tx, actorId: string | null, event: AuditEvent): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      before: "before" in event ? event.before : undefined,
      after: "after" in event ? event.after : undefined,
    },
  });
}
