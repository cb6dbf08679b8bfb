import "server-only";
import type { WriteResult } from "@/lib/action-result";
// The agenda of a draft or published session: add a READY queued referral (its status becomes
// SCHEDULED), remove one (back to QUEUED), move one up or down. Positions stay 1..n.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { recordCaseEvent } from "@/lib/cases/case-events";
import { isUuid } from "@/lib/validation/uuid";
import { fieldErrorsByPath } from "@/lib/field-errors";
import { db, type Tx } from "@/lib/db";
import { InvalidStateError, NotFoundError } from "@/lib/errors";
import { addAgendaItemSchema, agendaItemSchema, moveAgendaItemSchema, setPresenterSchema } from "./bid-session.schema";
import { PRESENTER_ROLES } from "./presenters";
import { checkReadiness, referralReadinessSelect } from "./readiness";
import { bumpSessionVersion, lockSessionForWrite } from "./session-write";

async function renumber(tx: Tx, sessionId: string): Promise<void> {
  const items = await tx.bidAgendaItem.findMany({ where: { sessionId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true, position: true } });
  for (const [index, item] of items.entries()) {
    if (item.position !== index + 1) await tx.bidAgendaItem.update({ where: { id: item.id }, data: { position: index + 1 } });
  }
}

/** An active caseworker or supervisor of the case's centre (who may present it), or null. */
async function findPresenter(tx: Tx, presenterId: string, centreId: string): Promise<string | null> {
  if (!isUuid(presenterId)) return null;
  const user = await tx.user.findFirst({
    where: { id: presenterId, active: true, role: { in: [...PRESENTER_ROLES] }, centres: { some: { centreId } } },
    select: { id: true },
  });
  return user?.id ?? null;
}

/** Adds a queued referral to the agenda. An unready dossier is refused here, whatever the UI shows. */
export async function addCaseToAgenda(actor: Actor, sessionId: string, input: unknown): Promise<WriteResult<{ version: number }>> {
  if (!can(actor, "bid:coordinate")) throw new NotFoundError();
  const parsed = addAgendaItemSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByPath(parsed.error) };
  const { referralId, presenterId, version } = parsed.data;
  return db.$transaction(async (tx): Promise<WriteResult<{ version: number }>> => {
    await lockSessionForWrite(tx, sessionId, version);
    if (!isUuid(referralId)) return { ok: false as const, fieldErrors: { referralId: "invalid" } };
    await tx.$queryRaw`SELECT 1 FROM "BidReferral" WHERE "id" = ${referralId}::uuid FOR UPDATE`;
    // The referral, then its assessment: one relation per query, as a transaction is one connection.
    const found = await tx.bidReferral.findUnique({
      where: { id: referralId },
      select: {
        id: true,
        status: true,
        caseId: true,
        assessmentId: true,
        familyTracingResult: true,
        case: { select: { assignedWorkerId: true, centreId: true, ...referralReadinessSelect.case.select } },
      },
    });
    if (!found) return { ok: false as const, fieldErrors: { referralId: "invalid" } };
    const assessment = await tx.assessment.findUniqueOrThrow({ where: { id: found.assessmentId }, select: referralReadinessSelect.assessment.select });
    const referral = { ...found, assessment };
    if (referral.status !== "QUEUED") throw new InvalidStateError("notQueued");
    const readiness = checkReadiness(referral);
    if (!readiness.ready) throw new InvalidStateError("notReady");
    let presenter = referral.case.assignedWorkerId;
    if (presenterId) {
      presenter = await findPresenter(tx, presenterId, referral.case.centreId);
      if (!presenter) return { ok: false as const, fieldErrors: { presenterId: "invalid" } };
    }
    const last = await tx.bidAgendaItem.aggregate({ where: { sessionId }, _max: { position: true } });
    const item = await tx.bidAgendaItem.create({
      data: { sessionId, referralId, caseId: referral.caseId, position: (last._max.position ?? 0) + 1, presenterId: presenter },
      select: { id: true, position: true },
    });
    await tx.bidReferral.update({ where: { id: referralId }, data: { status: "SCHEDULED", version: { increment: 1 } } });
    const newVersion = await bumpSessionVersion(tx, sessionId);
    await recordCaseEvent(tx, referral.caseId, actor.userId, { type: "bid.scheduled", data: { id: referralId, sessionId } });
    await writeAuditEvent(tx, actor.userId, {
      action: "bid.agendaAdded",
      entityType: "BidSession",
      entityId: sessionId,
      after: { agendaItemId: item.id, referralId, caseId: referral.caseId, position: item.position, presenterId: presenter },
    });
    return { ok: true as const, data: { version: newVersion } };
  });
}

/** Takes a case off the agenda (before the session is held): its referral goes back to the queue. */
export async function removeCaseFromAgenda(actor: Actor, sessionId: string, input: unknown): Promise<WriteResult<{ version: number }>> {
  if (!can(actor, "bid:coordinate")) throw new NotFoundError();
  const parsed = agendaItemSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByPath(parsed.error) };
  const { agendaItemId, version } = parsed.data;
  return db.$transaction(async (tx): Promise<WriteResult<{ version: number }>> => {
    const session = await lockSessionForWrite(tx, sessionId, version);
    const item = isUuid(agendaItemId)
      ? await tx.bidAgendaItem.findFirst({ where: { id: agendaItemId, sessionId }, select: { id: true, referralId: true, caseId: true, position: true, _count: { select: { decisions: true } } } })
      : null;
    if (!item) throw new NotFoundError();
    if (item._count.decisions > 0) throw new InvalidStateError("hasDecision");
    // A published session keeps at least one case; to drop them all, cancel or postpone it.
    if (session.status === "PUBLISHED" && (await tx.bidAgendaItem.count({ where: { sessionId } })) === 1) throw new InvalidStateError("lastCase");
    await tx.bidAgendaItem.delete({ where: { id: item.id } });
    await renumber(tx, sessionId);
    await tx.bidReferral.update({ where: { id: item.referralId }, data: { status: "QUEUED", version: { increment: 1 } } });
    const newVersion = await bumpSessionVersion(tx, sessionId);
    await recordCaseEvent(tx, item.caseId, actor.userId, { type: "bid.returnedToQueue", data: { id: item.referralId, sessionId } });
    await writeAuditEvent(tx, actor.userId, {
      action: "bid.agendaRemoved",
      entityType: "BidSession",
      entityId: sessionId,
      before: { agendaItemId: item.id, referralId: item.referralId, position: item.position },
      after: { referralStatus: "QUEUED" },
    });
    return { ok: true as const, data: { version: newVersion } };
  });
}

/** Swaps a case with its neighbour above or below. */
export async function moveAgendaItem(actor: Actor, sessionId: string, input: unknown): Promise<WriteResult<{ version: number }>> {
  if (!can(actor, "bid:coordinate")) throw new NotFoundError();
  const parsed = moveAgendaItemSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByPath(parsed.error) };
  const { agendaItemId, direction, version } = parsed.data;
  return db.$transaction(async (tx): Promise<WriteResult<{ version: number }>> => {
    await lockSessionForWrite(tx, sessionId, version);
    const items = await tx.bidAgendaItem.findMany({ where: { sessionId }, orderBy: { position: "asc" }, select: { id: true, position: true } });
    const index = items.findIndex((i) => i.id === agendaItemId);
    if (index < 0) throw new NotFoundError();
    const other = items[direction === "up" ? index - 1 : index + 1];
    if (!other) throw new InvalidStateError("cannotMove");
    const item = items[index];
    await tx.bidAgendaItem.update({ where: { id: item.id }, data: { position: other.position } });
    await tx.bidAgendaItem.update({ where: { id: other.id }, data: { position: item.position } });
    const newVersion = await bumpSessionVersion(tx, sessionId);
    await writeAuditEvent(tx, actor.userId, {
      action: "bid.agendaMoved",
      entityType: "BidSession",
      entityId: sessionId,
      before: { agendaItemId, position: item.position },
      after: { agendaItemId, position: other.position },
    });
    return { ok: true as const, data: { version: newVersion } };
  });
}

/** Changes who presents a case (by default the case's assigned worker when it was added). */
export async function setAgendaPresenter(actor: Actor, sessionId: string, input: unknown): Promise<WriteResult<{ version: number }>> {
  if (!can(actor, "bid:coordinate")) throw new NotFoundError();
  const parsed = setPresenterSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByPath(parsed.error) };
  const { agendaItemId, presenterId, version } = parsed.data;
  return db.$transaction(async (tx): Promise<WriteResult<{ version: number }>> => {
    await lockSessionForWrite(tx, sessionId, version);
    const item = isUuid(agendaItemId)
      ? await tx.bidAgendaItem.findFirst({ where: { id: agendaItemId, sessionId }, select: { id: true, presenterId: true, case: { select: { centreId: true } } } })
      : null;
    if (!item) throw new NotFoundError();
    const presenter = await findPresenter(tx, presenterId, item.case.centreId);
    if (!presenter) return { ok: false, fieldErrors: { presenterId: "invalid" } };
    await tx.bidAgendaItem.update({ where: { id: item.id }, data: { presenterId: presenter } });
    const newVersion = await bumpSessionVersion(tx, sessionId);
    await writeAuditEvent(tx, actor.userId, {
      action: "bid.agendaPresenterSet",
      entityType: "BidSession",
      entityId: sessionId,
      before: { agendaItemId, presenterId: item.presenterId },
      after: { agendaItemId, presenterId: presenter },
    });
    return { ok: true, data: { version: newVersion } };
  });
}
