import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { fieldErrorsByPath } from "@/lib/field-errors";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { bidSessionSchema, parseLocalDateTime } from "./bid-session.schema";
import { resolveSessionMembers } from "./session-members";

/** The coordinator prepares a session (DRAFT: invited members do not see it until it is published). */
export async function scheduleBidSession(actor: Actor, input: unknown): Promise<WriteResult<{ sessionId: string }>> {
  if (!can(actor, "bid:coordinate")) throw new NotFoundError();
  const parsed = bidSessionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByPath(parsed.error) };
  const data = parsed.data;
  return db.$transaction(async (tx) => {
    const resolved = await resolveSessionMembers(tx, data);
    if (!resolved.ok) return resolved;
    const session = await tx.bidSession.create({
      data: {
        scheduledAt: parseLocalDateTime(data.scheduledAt)!,
        venue: data.venue || null,
        remoteLink: data.remoteLink || null,
        chairId: data.chairId,
        notes: data.notes || null,
        createdById: actor.userId,
        members: { create: resolved.members },
      },
      select: { id: true },
    });
    await writeAuditEvent(tx, actor.userId, {
      action: "bid.sessionScheduled",
      entityType: "BidSession",
      entityId: session.id,
      after: { scheduledAt: data.scheduledAt, venue: data.venue, remoteLink: data.remoteLink, chairId: data.chairId, members: resolved.members },
    });
    return { ok: true as const, data: { sessionId: session.id } };
  });
}
