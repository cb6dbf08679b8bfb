import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { recordCaseEvent } from "@/lib/cases/case-events";
import { fieldErrorsByPath } from "@/lib/field-errors";
import { db } from "@/lib/db";
import { InvalidStateError, NotFoundError } from "@/lib/errors";
import { callOffSessionSchema, parseLocalDateTime } from "./bid-session.schema";
import { bumpSessionVersion, lockSessionForWrite } from "./session-write";

/**
 * Cancels or postpones a session that has not been held (reason required). In one transaction:
 * the session's status and reason; every case on its agenda back in the queue (referral QUEUED).
 * The agenda items are KEPT as history of the called-off session (its page still lists them); a
 * called-off session is never shown to members again. Postponing with a new date also prepares a
 * new DRAFT session (same chair, members and place, empty agenda) for the coordinator to fill.
 */
export async function cancelBidSession(actor: Actor, sessionId: string, input: unknown): Promise<WriteResult<{ version: number; newSessionId: string | null }>> {
  if (!can(actor, "bid:coordinate")) throw new NotFoundError();
  const parsed = callOffSessionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByPath(parsed.error) };
  const { mode, reason, newDate, version } = parsed.data;
  return db.$transaction(async (tx) => {
    const session = await lockSessionForWrite(tx, sessionId, version);
    if ((await tx.bidDecision.count({ where: { sessionId } })) > 0) throw new InvalidStateError("hasDecision");
    const items = await tx.bidAgendaItem.findMany({ where: { sessionId }, select: { referralId: true, caseId: true } });
    const status = mode === "cancel" ? "CANCELLED" : "POSTPONED";
    await tx.bidSession.update({ where: { id: sessionId }, data: { status, statusReason: reason } });
    const newVersion = await bumpSessionVersion(tx, sessionId);
    const returned = await tx.bidReferral.updateMany({
      where: { id: { in: items.map((i) => i.referralId) }, status: "SCHEDULED" },
      data: { status: "QUEUED", version: { increment: 1 } },
    });
    for (const item of items) {
      await recordCaseEvent(tx, item.caseId, actor.userId, { type: "bid.returnedToQueue", data: { id: item.referralId, sessionId } });
    }
    let newSessionId: string | null = null;
    if (mode === "postpone" && newDate) {
      const members = await tx.bidSessionMember.findMany({ where: { sessionId }, select: { panelMemberId: true, role: true } });
      const created = await tx.bidSession.create({
        data: {
          scheduledAt: parseLocalDateTime(newDate)!,
          venue: session.venue,
          remoteLink: session.remoteLink,
          chairId: session.chairId,
          notes: session.notes,
          createdById: actor.userId,
          members: { create: members },
        },
        select: { id: true },
      });
      newSessionId = created.id;
    }
    await writeAuditEvent(tx, actor.userId, {
      action: mode === "cancel" ? "bid.sessionCancelled" : "bid.sessionPostponed",
      entityType: "BidSession",
      entityId: sessionId,
      before: { status: session.status },
      after: { status, reason, returnedToQueue: returned.count, newSessionId },
    });
    return { ok: true as const, data: { version: newVersion, newSessionId } };
  });
}
