import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import type { Tx } from "@/lib/db";
import { recordCaseEvent } from "./case-events";
import { updateCaseVersioned } from "./case-write";

/**
 * The write shared by the single and the bulk reassignment, once the case is locked and checked:
 * the new worker at the version read, the timeline entry and the audit event, both with the reason.
 */
export async function writeReassignment(
  tx: Tx,
  actor: Actor,
  kase: { id: string; version: number; assignedWorkerId: string | null },
  previousName: string | null,
  target: { id: string; name: string },
  reason: string,
): Promise<void> {
  await updateCaseVersioned(tx, actor, kase.id, kase.version, { assignedWorkerId: target.id });
  await recordCaseEvent(tx, kase.id, actor.userId, {
    type: "case.reassigned",
    data: { fromName: previousName, toName: target.name, reason },
  });
  await writeAuditEvent(tx, actor.userId, {
    action: "case.reassigned",
    entityType: "Case",
    entityId: kase.id,
    before: { assignedWorkerId: kase.assignedWorkerId },
    after: { assignedWorkerId: target.id, reason },
  });
}
