import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { fieldErrorsByPath } from "@/lib/field-errors";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { undertakingSchema } from "./panel-member.schema";

export type MyUndertaking = { panelMemberId: string; active: boolean; undertakingSignedAt: Date | null };

/** The signed-in panel member's own roster row (null when the coordinator has not added them). */
export async function getMyUndertaking(actor: Actor): Promise<MyUndertaking | null> {
  if (!can(actor, "bid:sit")) throw new NotFoundError();
  const row = await db.panelMember.findUnique({ where: { userId: actor.userId }, select: { id: true, active: true, undertakingSignedAt: true } });
  return row ? { panelMemberId: row.id, active: row.active, undertakingSignedAt: row.undertakingSignedAt } : null;
}

/**
 * The member signs the confidentiality undertaking themselves (dated, audited). Signing again
 * keeps the first date: the undertaking is signed once.
 */
export async function signUndertaking(actor: Actor, input: unknown): Promise<WriteResult<{ signedAt: string }>> {
  if (!can(actor, "bid:sit")) throw new NotFoundError();
  const parsed = undertakingSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByPath(parsed.error) };
  return db.$transaction(async (tx) => {
    const member = await tx.panelMember.findUnique({ where: { userId: actor.userId }, select: { id: true, undertakingSignedAt: true } });
    if (!member) throw new NotFoundError();
    if (member.undertakingSignedAt) return { ok: true as const, data: { signedAt: member.undertakingSignedAt.toISOString() } };
    const signedAt = new Date();
    await tx.panelMember.update({ where: { id: member.id }, data: { undertakingSignedAt: signedAt } });
    await writeAuditEvent(tx, actor.userId, {
      action: "bid.undertakingSigned",
      entityType: "PanelMember",
      entityId: member.id,
      after: { undertakingSignedAt: signedAt.toISOString() },
    });
    return { ok: true as const, data: { signedAt: signedAt.toISOString() } };
  });
}
