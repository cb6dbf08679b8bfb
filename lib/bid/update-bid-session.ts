import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { fieldErrorsByPath } from "@/lib/field-errors";
import { db } from "@/lib/db";
import { InvalidStateError, NotFoundError } from "@/lib/errors";
import { bidSessionSchema, parseLocalDateTime, toLocalDateTime } from "./bid-session.schema";
import { resolveSessionMembers } from "./session-members";
import { plannedQuorum } from "./session-quorum";
import { bumpSessionVersion, lockSessionForWrite } from "./session-write";

/**
 * Date, place, chair and invited members of a draft or published session. Published changes are
 * seen by the members at once (their pages read the session on every request); a published
 * session cannot lose its planned quorum (cancel or postpone it instead).
 */
export async function updateBidSession(actor: Actor, sessionId: string, input: unknown): Promise<WriteResult<{ version: number }>> {
  if (!can(actor, "bid:coordinate")) throw new NotFoundError();
  const parsed = bidSessionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByPath(parsed.error) };
  const data = parsed.data;
  if (data.version === undefined) return { ok: false, fieldErrors: { version: "invalid" } };
  const expected = data.version;
  return db.$transaction(async (tx) => {
    const before = await lockSessionForWrite(tx, sessionId, expected);
    const resolved = await resolveSessionMembers(tx, data);
    if (!resolved.ok) return resolved;
    const previous = await tx.bidSessionMember.findMany({ where: { sessionId }, select: { panelMemberId: true, role: true } });
    const keep = new Set(resolved.members.map((m) => m.panelMemberId));
    await tx.bidSessionMember.deleteMany({ where: { sessionId, panelMemberId: { notIn: [...keep] } } });
    for (const m of resolved.members) {
      await tx.bidSessionMember.upsert({
        where: { sessionId_panelMemberId: { sessionId, panelMemberId: m.panelMemberId } },
        create: { sessionId, ...m },
        update: { role: m.role },
      });
    }
    // A published session keeps its planned quorum: members already rely on it.
    if (before.status === "PUBLISHED" && !(await plannedQuorum(tx, sessionId)).result.met) throw new InvalidStateError("quorumLost");
    await tx.bidSession.update({
      where: { id: sessionId },
      data: {
        scheduledAt: parseLocalDateTime(data.scheduledAt)!,
        venue: data.venue || null,
        remoteLink: data.remoteLink || null,
        chairId: data.chairId,
        notes: data.notes || null,
      },
    });
    const version = await bumpSessionVersion(tx, sessionId);
    await writeAuditEvent(tx, actor.userId, {
      action: "bid.sessionUpdated",
      entityType: "BidSession",
      entityId: sessionId,
      before: { scheduledAt: toLocalDateTime(before.scheduledAt), venue: before.venue, remoteLink: before.remoteLink, chairId: before.chairId, members: previous },
      after: { scheduledAt: data.scheduledAt, venue: data.venue, remoteLink: data.remoteLink, chairId: data.chairId, members: resolved.members },
    });
    return { ok: true as const, data: { version } };
  });
}
