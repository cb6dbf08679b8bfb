import "server-only";
// A panel member declares, per agenda case, "no conflict" or "conflict" with a note (ADR
// 0011). A conflict recuses them from the case: no dossier, no vote. A "no conflict" may
// later become a conflict (discovered late) as long as the member has not voted on the case;
// a declared conflict is final. Nothing can change once the case's decision is signed.
import type { Actor } from "@/lib/auth/actor";
import type { WriteResult } from "@/lib/action-result";
import { fieldErrorsByPath } from "@/lib/field-errors";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { isUuid } from "@/lib/validation/uuid";
import { db } from "@/lib/db";
import { InvalidStateError, NotFoundError } from "@/lib/errors";
import { conflictSchema } from "./decision.schema";
import { panelSeatOf, visibleSessionWhere } from "./panel-scope";

export async function declareConflict(
  actor: Actor,
  sessionId: string,
  agendaItemId: string,
  input: unknown,
): Promise<WriteResult<{ hasConflict: boolean }>> {
  if (!isUuid(sessionId) || !isUuid(agendaItemId)) throw new NotFoundError();
  const seat = await panelSeatOf(actor);
  const item = await db.bidAgendaItem.findFirst({
    where: { id: agendaItemId, sessionId, session: visibleSessionWhere(seat.panelMemberId) },
    select: { id: true },
  });
  if (!item) throw new NotFoundError();
  // Members see who the children are only after the confidentiality undertaking.
  if (!seat.undertakingSignedAt) throw new InvalidStateError("noUndertaking");
  const parsed = conflictSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByPath(parsed.error) };
  const hasConflict = parsed.data.hasConflict === "yes";
  const note = hasConflict ? parsed.data.note : null;

  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "BidAgendaItem" WHERE "id" = ${agendaItemId}::uuid FOR UPDATE`;
    const signed = await tx.bidDecision.count({ where: { agendaItemId, signedAt: { not: null }, supersededAt: null } });
    if (signed) throw new InvalidStateError("decisionSigned");
    const existing = await tx.bidConflictDeclaration.findUnique({
      where: { agendaItemId_panelMemberId: { agendaItemId, panelMemberId: seat.panelMemberId } },
    });
    if (existing) {
      if (existing.hasConflict) throw new InvalidStateError("alreadyRecused");
      if (!hasConflict) return { ok: true as const, data: { hasConflict } };
      const voted = await tx.bidVote.count({ where: { panelMemberId: seat.panelMemberId, decision: { agendaItemId, supersededAt: null } } });
      if (voted) throw new InvalidStateError("alreadyVoted");
      await tx.bidConflictDeclaration.update({
        where: { agendaItemId_panelMemberId: { agendaItemId, panelMemberId: seat.panelMemberId } },
        data: { hasConflict, note, declaredAt: new Date() },
      });
    } else {
      await tx.bidConflictDeclaration.create({ data: { agendaItemId, panelMemberId: seat.panelMemberId, hasConflict, note } });
    }
    await writeAuditEvent(tx, actor.userId, {
      action: "bid.conflictDeclared",
      entityType: "BidAgendaItem",
      entityId: agendaItemId,
      before: existing ? { hasConflict: existing.hasConflict } : undefined,
      // The note stays in the declaration row; the audit trail records the fact.
      after: { panelMemberId: seat.panelMemberId, hasConflict },
    });
    return { ok: true as const, data: { hasConflict } };
  });
}
