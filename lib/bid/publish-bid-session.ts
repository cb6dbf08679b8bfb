import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { fieldErrorsByPath } from "@/lib/field-errors";
import { db } from "@/lib/db";
import { InvalidStateError, NotFoundError } from "@/lib/errors";
import { sessionVersionSchema } from "./bid-session.schema";
import { plannedQuorum } from "./session-quorum";
import { bumpSessionVersion, lockSessionForWrite } from "./session-write";

/**
 * Publishes a draft: invited members then see it in "My panels". Refused without an agenda or
 * without the planned quorum (invited voting members, organisations, chair — the configured rule).
 */
export async function publishBidSession(actor: Actor, sessionId: string, input: unknown): Promise<WriteResult<{ version: number }>> {
  if (!can(actor, "bid:coordinate")) throw new NotFoundError();
  const parsed = sessionVersionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByPath(parsed.error) };
  return db.$transaction(async (tx) => {
    const session = await lockSessionForWrite(tx, sessionId, parsed.data.version);
    if (session.status !== "DRAFT") throw new InvalidStateError("alreadyPublished");
    if ((await tx.bidAgendaItem.count({ where: { sessionId } })) === 0) throw new InvalidStateError("emptyAgenda");
    const { result } = await plannedQuorum(tx, sessionId);
    if (!result.met) throw new InvalidStateError("noQuorum");
    const publishedAt = new Date();
    await tx.bidSession.update({ where: { id: sessionId }, data: { status: "PUBLISHED", publishedAt } });
    const version = await bumpSessionVersion(tx, sessionId);
    await writeAuditEvent(tx, actor.userId, {
      action: "bid.sessionPublished",
      entityType: "BidSession",
      entityId: sessionId,
      before: { status: "DRAFT" },
      after: { status: "PUBLISHED", publishedAt: publishedAt.toISOString(), quorum: result },
    });
    return { ok: true as const, data: { version } };
  });
}
