import "server-only";
// A signed decision is never edited (ADR 0011): a later change is a new decision
// (kind REVIEW or REOPENING, with a reason) linked to the first, which is marked superseded —
// the only change the lock trigger allows. Decided: the new decision belongs to the same agenda
// case and session record, so the history stays in one place; it is recorded and signed as any
// other (quorum of that session, chair's signature). The coordinator starts it.
import type { Actor } from "@/lib/auth/actor";
import type { WriteResult } from "@/lib/action-result";
import { fieldErrorsByPath } from "@/lib/field-errors";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { can } from "@/lib/auth/permissions";
import { recordCaseEvent } from "@/lib/cases/case-events";
import { isUuid } from "@/lib/validation/uuid";
import { db } from "@/lib/db";
import { InvalidStateError, NotFoundError } from "@/lib/errors";
import { supersedeSchema } from "./decision.schema";

export async function supersedeBidDecision(actor: Actor, decisionId: string, input: unknown): Promise<WriteResult<{ decisionId: string }>> {
  if (!can(actor, "bid:coordinate") || !isUuid(decisionId)) throw new NotFoundError();
  const parsed = supersedeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByPath(parsed.error) };
  const { kind, reason } = parsed.data;

  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "BidDecision" WHERE "id" = ${decisionId}::uuid FOR UPDATE`;
    const old = await tx.bidDecision.findUnique({ where: { id: decisionId } });
    if (!old) throw new NotFoundError();
    if (!old.signedAt) throw new InvalidStateError("decisionNotSigned");
    if (old.supersededAt) throw new InvalidStateError("alreadySuperseded");
    const now = new Date();
    await tx.bidDecision.update({ where: { id: decisionId }, data: { supersededAt: now } });
    // The panel works on the case again: its access window reopens until the new decision is signed.
    await tx.bidAgendaItem.update({ where: { id: old.agendaItemId }, data: { accessUntil: null } });
    // Starts from the signed record: the panel changes what the review changes.
    const created = await tx.bidDecision.create({
      data: {
        agendaItemId: old.agendaItemId,
        sessionId: old.sessionId,
        caseId: old.caseId,
        kind,
        supersedesId: old.id,
        supersedeReason: reason,
        optionsConsidered: old.optionsConsidered ?? [],
        childViewsHeard: old.childViewsHeard,
        outcome: old.outcome,
        reasons: old.reasons,
        conditions: old.conditions,
        implementationPlan: old.implementationPlan,
        implementationOrgId: old.implementationOrgId,
        implementationDeadline: old.implementationDeadline,
        reviewDate: old.reviewDate,
        recordedById: actor.userId,
      },
      select: { id: true },
    });
    await recordCaseEvent(tx, old.caseId, actor.userId, { type: "bid.decisionSuperseded", data: { id: old.id, reason } });
    await writeAuditEvent(tx, actor.userId, {
      action: "bid.decisionSuperseded",
      entityType: "BidDecision",
      entityId: old.id,
      before: { supersededAt: null },
      after: { supersededAt: now.toISOString(), by: created.id, kind, reason },
    });
    return { ok: true as const, data: { decisionId: created.id } };
  });
}
