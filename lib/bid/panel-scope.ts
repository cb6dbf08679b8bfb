import "server-only";
// The panel member's scope (ADR 0003, ADR 0011): the agenda cases of sessions they are invited
// to, published (PUBLISHED or HELD), after the confidentiality undertaking, with an explicit
// "no conflict" declaration for the case, until the access window after signing closes. The
// same rule as panelAccess() in panel-access.ts, as a where-input. Never any other case.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { isUuid } from "@/lib/validation/uuid";
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors";
import { VISIBLE_SESSION_STATUSES } from "./panel-access";

export type PanelSeat = { panelMemberId: string; undertakingSignedAt: Date | null };

/** The actor's active roster entry, if they sit on panels; otherwise NotFoundError. */
export async function panelSeatOf(actor: Actor, client: Pick<Tx, "panelMember"> = db): Promise<PanelSeat> {
  if (!can(actor, "bid:sit")) throw new NotFoundError();
  const member = await client.panelMember.findFirst({
    where: { userId: actor.userId, active: true },
    select: { id: true, undertakingSignedAt: true },
  });
  if (!member) throw new NotFoundError();
  return { panelMemberId: member.id, undertakingSignedAt: member.undertakingSignedAt };
}

/** Sessions the member sees: invited, published (not draft, cancelled or postponed). */
export function visibleSessionWhere(panelMemberId: string, now: Date = new Date()): Prisma.BidSessionWhereInput {
  return {
    status: { in: [...VISIBLE_SESSION_STATUSES] },
    publishedAt: { not: null, lte: now },
    members: { some: { panelMemberId } },
  };
}

/** Agenda cases whose dossier the member may open (undertaking checked separately: it is per member). */
export function openableAgendaItemWhere(panelMemberId: string, now: Date = new Date()): Prisma.BidAgendaItemWhereInput {
  return {
    session: visibleSessionWhere(panelMemberId, now),
    conflicts: { some: { panelMemberId, hasConflict: false } },
    OR: [{ accessUntil: null }, { accessUntil: { gt: now } }],
  };
}

/**
 * The agenda item for (session, case) if the actor, a panel member, may open its dossier now;
 * otherwise NotFoundError — as for an id that does not exist.
 */
export async function findOpenableAgendaItem(
  actor: Actor,
  sessionId: string,
  caseId: string,
  now: Date = new Date(),
): Promise<{ id: string; referralId: string; caseId: string; sessionId: string; panelMemberId: string }> {
  if (!isUuid(sessionId) || !isUuid(caseId)) throw new NotFoundError();
  const seat = await panelSeatOf(actor);
  if (!seat.undertakingSignedAt) throw new NotFoundError();
  const item = await db.bidAgendaItem.findFirst({
    where: { AND: [{ sessionId, caseId }, openableAgendaItemWhere(seat.panelMemberId, now)] },
    select: { id: true, referralId: true, caseId: true, sessionId: true },
  });
  if (!item) throw new NotFoundError();
  return { ...item, panelMemberId: seat.panelMemberId };
}
