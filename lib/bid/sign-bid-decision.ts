import "server-only";
// The chair signs the panel's decision (ADR 0011): signed in as themselves, only for
// their own session, only with quorum on the day and a complete record (decisionProblems). The
// decision is then locked (trigger), the case moves to IMPLEMENTATION (from BID_PENDING), the
// referral is DECIDED, the panel's access window starts, and the implementation deadline and
// review date become the case's due dates.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import type { WriteResult } from "@/lib/action-result";
import { fieldErrorsByPath } from "@/lib/field-errors";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { recordCaseEvent } from "@/lib/cases/case-events";
import { canTransition } from "@/lib/cases/case-status";
import { refreshDueDates, updateCaseVersioned } from "@/lib/cases/case-write";
import { isUuid } from "@/lib/validation/uuid";
import { statusFacts } from "@/lib/cases/timelines";
import { db } from "@/lib/db";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { ConflictError, InvalidStateError, NotFoundError } from "@/lib/errors";
import { getBidConfig } from "./bid-config";
import { accessUntilAfterSigning } from "./panel-access";
import { panelSeatOf } from "./panel-scope";
import { loadSessionFacts } from "./session-facts";

const signSchema = z.object({ decisionVersion: z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).positive({ error: "invalid" }) });

export async function signBidDecision(actor: Actor, decisionId: string, input: unknown): Promise<WriteResult<{ caseStatus: CaseStatus }>> {
  if (!isUuid(decisionId)) throw new NotFoundError();
  const seat = await panelSeatOf(actor);
  const parsed = signSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByPath(parsed.error) };

  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "BidDecision" WHERE "id" = ${decisionId}::uuid FOR UPDATE`;
    const decision = await tx.bidDecision.findUnique({
      where: { id: decisionId },
      select: { id: true, sessionId: true, agendaItemId: true, caseId: true, kind: true, signedAt: true, supersededAt: true, version: true, outcome: true, updatedAt: true },
    });
    if (!decision) throw new NotFoundError();
    const facts = await loadSessionFacts(tx, decision.sessionId);
    const item = facts?.agenda.find((a) => a.agendaItemId === decision.agendaItemId);
    // Only the session's chair, not recused for the case, ever sees a decision to sign.
    if (!facts || !item || facts.chairId !== seat.panelMemberId || item.recusedIds.has(seat.panelMemberId)) throw new NotFoundError();
    if (decision.signedAt || decision.supersededAt) throw new InvalidStateError("decisionSigned");
    // Like any member, the chair opens the case only after declaring "no conflict" for it.
    if (!item.declarations.some((d) => d.panelMemberId === seat.panelMemberId && !d.hasConflict)) throw new InvalidStateError("chairNotDeclared");
    if (decision.version !== parsed.data.decisionVersion) throw new ConflictError(null, decision.updatedAt);
    if (!item.quorum.met) throw new InvalidStateError("noQuorum");
    if (item.decision?.id !== decision.id || item.problems.length) throw new InvalidStateError("decisionIncomplete");

    const now = new Date();
    const config = await getBidConfig(tx);
    const signed = await tx.bidDecision.updateMany({
      where: { id: decisionId, version: decision.version, signedAt: null },
      data: { signedAt: now, signedById: actor.userId, version: { increment: 1 } },
    });
    if (signed.count !== 1) throw new ConflictError(null, decision.updatedAt);
    await tx.bidAgendaItem.update({ where: { id: item.agendaItemId }, data: { accessUntil: accessUntilAfterSigning(now, config.panelAccessDays) } });
    await tx.bidReferral.updateMany({
      where: { id: item.referralId, status: { in: ["QUEUED", "SCHEDULED"] } },
      data: { status: "DECIDED", closedAt: now, version: { increment: 1 } },
    });

    await tx.$queryRaw`SELECT 1 FROM "Case" WHERE "id" = ${decision.caseId}::uuid FOR UPDATE`;
    const kase = await tx.case.findUniqueOrThrow({ where: { id: decision.caseId }, select: { status: true, version: true } });
    if (statusFacts(kase.status).closed) throw new InvalidStateError("caseClosed");
    const nextStatus: CaseStatus = kase.status === "BID_PENDING" && canTransition(kase.status, "IMPLEMENTATION") ? "IMPLEMENTATION" : kase.status;
    const full = item.decision;
    await updateCaseVersioned(tx, actor, decision.caseId, kase.version, {
      status: nextStatus,
      implementationDueAt: full.implementationDeadline,
      reviewDueAt: full.reviewDate,
    });
    await recordCaseEvent(tx, decision.caseId, actor.userId, { type: "bid.decisionSigned", data: { id: decisionId, outcome: decision.outcome ?? "" } });
    if (nextStatus !== kase.status) {
      await recordCaseEvent(tx, decision.caseId, actor.userId, { type: "case.statusChanged", data: { from: kase.status, to: nextStatus } });
    }
    await refreshDueDates(tx, decision.caseId);
    await writeAuditEvent(tx, actor.userId, {
      action: "bid.decisionSigned",
      entityType: "BidDecision",
      entityId: decisionId,
      before: { signedAt: null, caseStatus: kase.status },
      after: { signedAt: now.toISOString(), caseStatus: nextStatus, outcome: decision.outcome, kind: decision.kind },
    });
    return { ok: true as const, data: { caseStatus: nextStatus } };
  });
}
