import "server-only";
// The coordinator records the panel's decision for one agenda case while the session is held
// (ADR 0011): options with pros and cons, how the child's views were heard, the
// outcome, reasons, conditions, implementation plan, review date, and the votes. Versioned:
// `decisionVersion` is the version the form was loaded with (0 = no decision yet), so two
// coordinators saving at once do not overwrite each other. No decision without quorum.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import type { WriteResult } from "@/lib/action-result";
import { fieldErrorsByPath } from "@/lib/field-errors";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { can } from "@/lib/auth/permissions";
import { isUuid } from "@/lib/validation/uuid";
import { db } from "@/lib/db";
import { ConflictError, InvalidStateError, NotFoundError } from "@/lib/errors";
import { decisionFormSchema, toDecisionData } from "./decision.schema";
import { replaceVotes } from "./record-votes";
import { loadSessionFacts } from "./session-facts";

const versionSchema = z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).min(0, { error: "invalid" });

export async function saveBidDecision(
  actor: Actor,
  sessionId: string,
  agendaItemId: string,
  input: unknown,
): Promise<WriteResult<{ decisionId: string; decisionVersion: number }>> {
  if (!can(actor, "bid:coordinate") || !isUuid(sessionId) || !isUuid(agendaItemId)) throw new NotFoundError();
  const record = typeof input === "object" && input !== null ? (input as Record<string, unknown>) : {};
  const { decisionVersion: rawVersion, ...values } = record;
  const parsed = decisionFormSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByPath(parsed.error) };
  const version = versionSchema.safeParse(rawVersion);
  if (!version.success) return { ok: false, fieldErrors: { decisionVersion: "invalid" } };
  const { data, votes } = toDecisionData(parsed.data);
  if (data.implementationOrgId && !(await db.organisation.count({ where: { id: data.implementationOrgId } }))) {
    return { ok: false, fieldErrors: { implementationOrgId: "invalid" } };
  }

  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "BidAgendaItem" WHERE "id" = ${agendaItemId}::uuid FOR UPDATE`;
    const facts = await loadSessionFacts(tx, sessionId);
    const item = facts?.agenda.find((a) => a.agendaItemId === agendaItemId);
    if (!facts || !item) throw new NotFoundError();
    if (facts.status !== "HELD") throw new InvalidStateError("sessionNotHeld");
    if (!item.quorum.met) throw new InvalidStateError("noQuorum");
    const live = item.decision;
    if (live?.signedAt) throw new InvalidStateError("decisionSigned");

    let decisionId: string;
    let newVersion: number;
    if (!live) {
      if (version.data !== 0) throw new InvalidStateError("decisionMissing");
      const created = await tx.bidDecision.create({
        data: { ...data, optionsConsidered: data.optionsConsidered, agendaItemId, sessionId, caseId: item.caseId, recordedById: actor.userId },
        select: { id: true },
      });
      decisionId = created.id;
      newVersion = 1;
    } else {
      const { count } = await tx.bidDecision.updateMany({
        where: { id: live.id, version: version.data, signedAt: null },
        data: { ...data, optionsConsidered: data.optionsConsidered, recordedById: actor.userId, version: { increment: 1 } },
      });
      if (count !== 1) {
        const current = await tx.bidDecision.findUniqueOrThrow({ where: { id: live.id }, select: { updatedAt: true, recordedBy: { select: { name: true } } } });
        throw new ConflictError(current.recordedBy.name, current.updatedAt);
      }
      decisionId = live.id;
      newVersion = version.data + 1;
    }
    await replaceVotes(tx, decisionId, votes, item.eligibleVoters);
    await writeAuditEvent(tx, actor.userId, {
      action: "bid.decisionSaved",
      entityType: "BidDecision",
      entityId: decisionId,
      before: live ? { version: live.version, outcome: live.outcome, votes: live.votes.length } : undefined,
      after: { version: newVersion, outcome: data.outcome, votes: votes.length, caseId: item.caseId },
    });
    return { ok: true as const, data: { decisionId, decisionVersion: newVersion } };
  });
}
