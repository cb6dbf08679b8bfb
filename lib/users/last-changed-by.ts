import "server-only";
import type { Tx } from "@/lib/db";

/** Who last changed an account through the administration, and when: for "changed by X at HH:MM". */
export async function lastChangedBy(tx: Tx, userId: string): Promise<{ byName: string | null; at: Date } | null> {
  const event = await tx.auditEvent.findFirst({
    where: { entityType: "User", entityId: userId, action: { in: ["user.created", "user.updated"] } },
    orderBy: { id: "desc" },
    select: { at: true, actor: { select: { name: true } } },
  });
  return event ? { byName: event.actor?.name ?? null, at: event.at } : null;
}
