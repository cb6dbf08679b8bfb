import "server-only";
// The printable minutes of a held session (ADR 0011): attendance, the agenda and, per
// case, ONLY the case number, the outcome of the signed decision and the vote count — decided:
// no child names, reasons or dissent in the minutes (those are in each case's decision record),
// so the minutes carry no case's details. For the coordinator, and for invited panel members
// (undertaking signed) while their access window is open for at least one case of the session.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { isUuid } from "@/lib/validation/uuid";
import { db } from "@/lib/db";
import type { BidOutcome, BidVoteChoice, PanelRole } from "@/lib/generated/prisma/enums";
import { NotFoundError } from "@/lib/errors";
import { voteTally } from "./decision.schema";
import { openableAgendaItemWhere, panelSeatOf } from "./panel-scope";
import { loadSessionFacts } from "./session-facts";
import type { OrganisationNames } from "@/lib/organisations/organisation-name";

export type SessionMinutes = {
  id: string;
  status: string;
  scheduledAt: Date;
  heldAt: Date | null;
  venue: string | null;
  remoteLink: string | null;
  members: { name: string; organisation: OrganisationNames; role: PanelRole; attended: boolean | null }[];
  agenda: {
    position: number;
    caseNumber: string;
    recusals: number;
    decision: { id: string; outcome: BidOutcome | null; signedAt: Date | null; tally: Record<BidVoteChoice, number> } | null;
  }[];
};

export async function getSessionMinutes(actor: Actor, sessionId: string, now: Date = new Date()): Promise<SessionMinutes> {
  if (!isUuid(sessionId)) throw new NotFoundError();
  if (!can(actor, "bid:coordinate")) {
    const seat = await panelSeatOf(actor);
    if (!seat.undertakingSignedAt) throw new NotFoundError();
    const open = await db.bidAgendaItem.count({ where: { AND: [{ sessionId }, openableAgendaItemWhere(seat.panelMemberId, now)] } });
    if (!open) throw new NotFoundError();
  }
  const facts = await loadSessionFacts(db, sessionId);
  if (!facts || facts.status === "DRAFT") throw new NotFoundError();
  return {
    id: facts.id,
    status: facts.status,
    scheduledAt: facts.scheduledAt,
    heldAt: facts.heldAt,
    venue: facts.venue,
    remoteLink: facts.remoteLink,
    members: facts.members.map((m) => ({ name: m.name, organisation: m.organisation, role: m.role, attended: m.attended })),
    agenda: facts.agenda.map((item) => ({
      position: item.position,
      caseNumber: item.caseNumber,
      recusals: item.recusedIds.size,
      decision: item.decision
        ? { id: item.decision.id, outcome: item.decision.outcome as BidOutcome | null, signedAt: item.decision.signedAt, tally: voteTally(item.decision.votes) }
        : null,
    })),
  };
}
