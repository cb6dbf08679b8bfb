import "server-only";
// A panel member's view of one session (ADR 0011): the agenda with their
// conflict declaration per case, which dossiers they may open, and — for the chair — the
// decisions ready to sign. Sessions they are not invited to, or not yet published: NotFoundError.
import type { Actor } from "@/lib/auth/actor";
import { isUuid } from "@/lib/validation/uuid";
import { db } from "@/lib/db";
import type { PanelRole } from "@/lib/generated/prisma/enums";
import { NotFoundError } from "@/lib/errors";
import type { DecisionProblem } from "./decision.schema";
import { panelAccess, type PanelAccessDenial } from "./panel-access";
import { panelSeatOf, visibleSessionWhere } from "./panel-scope";
import type { QuorumResult } from "./quorum";
import { loadSessionFacts } from "./session-facts";
import type { OrganisationNames } from "@/lib/organisations/organisation-name";

export type PanelSessionItem = {
  agendaItemId: string;
  position: number;
  caseNumber: string;
  /** Shown once the undertaking is signed (needed to judge a conflict of interest). */
  childName: string | null;
  caseId: string;
  declaration: { hasConflict: boolean; note: string | null } | null;
  canOpen: boolean;
  denial: PanelAccessDenial | null;
  quorum: QuorumResult;
  decision: { id: string; version: number; signed: boolean; outcome: string | null; problems: DecisionProblem[] } | null;
};

export type PanelSession = {
  id: string;
  scheduledAt: Date;
  venue: string | null;
  remoteLink: string | null;
  status: string;
  held: boolean;
  myRole: PanelRole;
  isChair: boolean;
  undertakingSigned: boolean;
  members: { name: string; organisation: OrganisationNames; role: PanelRole; attended: boolean | null }[];
  agenda: PanelSessionItem[];
};

export async function getPanelSession(actor: Actor, sessionId: string, now: Date = new Date()): Promise<PanelSession> {
  if (!isUuid(sessionId)) throw new NotFoundError();
  const seat = await panelSeatOf(actor);
  const visible = await db.bidSession.count({ where: { AND: [{ id: sessionId }, visibleSessionWhere(seat.panelMemberId, now)] } });
  if (!visible) throw new NotFoundError();
  const facts = await loadSessionFacts(db, sessionId);
  if (!facts) throw new NotFoundError();
  const me = facts.members.find((m) => m.panelMemberId === seat.panelMemberId);
  if (!me) throw new NotFoundError();
  const undertakingSigned = seat.undertakingSignedAt !== null;

  return {
    id: facts.id,
    scheduledAt: facts.scheduledAt,
    venue: facts.venue,
    remoteLink: facts.remoteLink,
    status: facts.status,
    held: facts.status === "HELD",
    myRole: me.role,
    isChair: facts.chairId === seat.panelMemberId,
    undertakingSigned,
    members: facts.members.map((m) => ({ name: m.name, organisation: m.organisation, role: m.role, attended: m.attended })),
    agenda: facts.agenda.map((item) => {
      const mine = item.declarations.find((d) => d.panelMemberId === seat.panelMemberId) ?? null;
      const access = panelAccess(
        {
          invited: true,
          sessionStatus: facts.status as never,
          publishedAt: facts.publishedAt,
          undertakingSignedAt: seat.undertakingSignedAt,
          declaration: mine,
          accessUntil: item.accessUntil,
        },
        now,
      );
      return {
        agendaItemId: item.agendaItemId,
        position: item.position,
        caseNumber: item.caseNumber,
        childName: undertakingSigned ? item.childName : null,
        caseId: item.caseId,
        declaration: mine ? { hasConflict: mine.hasConflict, note: mine.note } : null,
        canOpen: access.ok,
        denial: access.ok ? null : access.reason,
        quorum: item.quorum,
        decision:
          item.decision && !item.recusedIds.has(seat.panelMemberId)
            ? { id: item.decision.id, version: item.decision.version, signed: item.decision.signedAt !== null, outcome: item.decision.outcome, problems: item.problems }
            : null,
      };
    }),
  };
}
