import "server-only";
// A panel member's home page: what she has to do before and after her sessions. Everything is read
// through the panel scope (panel-scope.ts): only the published or held sessions she is invited to;
// dossiers only where she may open them. Case numbers, never a child's name.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { todayUtc } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { BidSessionStatus, PanelRole } from "@/lib/generated/prisma/enums";
import { openableAgendaItemWhere, visibleSessionWhere } from "./panel-scope";

export type PanelHomeSession = {
  sessionId: string;
  scheduledAt: Date;
  venue: string | null;
  status: BidSessionStatus;
  myRole: PanelRole;
  cases: number;
};

export type PanelHomeCase = { sessionId: string; scheduledAt: Date; caseNumber: string; position: number };

export type PanelHome = {
  onRoster: boolean;
  undertakingSigned: boolean;
  /** Published sessions from today on, the next first. */
  upcoming: PanelHomeSession[];
  /** Per session: agenda cases she has not declared a conflict of interest for yet. */
  conflictDeclarations: { sessionId: string; scheduledAt: Date; count: number }[];
  /** Dossiers she may open, of sessions not yet held: to read before the session. */
  dossiersToRead: PanelHomeCase[];
  /** Unsigned decisions of the sessions she chairs, on cases she is not recused from. */
  toSign: (PanelHomeCase & { decisionId: string })[];
};

const EMPTY: Omit<PanelHome, "onRoster" | "undertakingSigned"> = { upcoming: [], conflictDeclarations: [], dossiersToRead: [], toSign: [] };

const LIMIT = 50;

export async function getPanelHome(actor: Actor, now: Date = new Date()): Promise<PanelHome> {
  if (!can(actor, "bid:sit")) throw new NotFoundError();
  const member = await db.panelMember.findFirst({ where: { userId: actor.userId, active: true }, select: { id: true, undertakingSignedAt: true } });
  if (!member) return { onRoster: false, undertakingSigned: false, ...EMPTY };
  const me = member.id;
  const visible = visibleSessionWhere(me, now);
  const upcomingWhere = { AND: [visible, { status: "PUBLISHED" as const, scheduledAt: { gte: todayUtc(now) } }] };
  const caseRow = { position: true, case: { select: { caseNumber: true } }, session: { select: { id: true, scheduledAt: true } } } as const;

  const [sessions, undeclared, openable, toSign] = await Promise.all([
    db.bidSessionMember.findMany({
      where: { panelMemberId: me, session: upcomingWhere },
      orderBy: { session: { scheduledAt: "asc" } },
      take: LIMIT,
      select: { role: true, session: { select: { id: true, scheduledAt: true, venue: true, status: true, _count: { select: { agenda: true } } } } },
    }),
    // A declaration is asked for until the case's decision is signed (the session page's rule): on a
    // published session, or a held one whose decision waits for signing.
    db.bidAgendaItem.groupBy({
      by: ["sessionId"],
      where: {
        session: visible,
        conflicts: { none: { panelMemberId: me } },
        decisions: { none: { signedAt: { not: null }, supersededAt: null } },
        OR: [{ session: { status: "PUBLISHED" } }, { decisions: { some: { signedAt: null, supersededAt: null } } }],
      },
      _count: { _all: true },
    }),
    member.undertakingSignedAt
      ? db.bidAgendaItem.findMany({
          where: { AND: [openableAgendaItemWhere(me, now), { session: upcomingWhere }] },
          orderBy: [{ session: { scheduledAt: "asc" } }, { position: "asc" }],
          take: LIMIT,
          select: caseRow,
        })
      : Promise.resolve([]),
    db.bidDecision.findMany({
      where: {
        signedAt: null,
        supersededAt: null,
        session: { AND: [visible, { chairId: me }] },
        agendaItem: { conflicts: { none: { panelMemberId: me, hasConflict: true } } },
      },
      orderBy: [{ session: { scheduledAt: "asc" } }, { agendaItem: { position: "asc" } }],
      take: LIMIT,
      select: { id: true, agendaItem: { select: caseRow } },
    }),
  ]);

  const sessionDates = await db.bidSession.findMany({
    where: { id: { in: undeclared.map((g) => g.sessionId) } },
    select: { id: true, scheduledAt: true },
    orderBy: { scheduledAt: "asc" },
  });
  const counts = new Map(undeclared.map((g) => [g.sessionId, g._count._all]));
  const toCase = (row: { position: number; case: { caseNumber: string }; session: { id: string; scheduledAt: Date } }): PanelHomeCase => ({
    sessionId: row.session.id,
    scheduledAt: row.session.scheduledAt,
    caseNumber: row.case.caseNumber,
    position: row.position,
  });

  return {
    onRoster: true,
    undertakingSigned: member.undertakingSignedAt !== null,
    upcoming: sessions.map(({ role, session }) => ({
      sessionId: session.id,
      scheduledAt: session.scheduledAt,
      venue: session.venue,
      status: session.status,
      myRole: role,
      cases: session._count.agenda,
    })),
    conflictDeclarations: sessionDates.map((s) => ({ sessionId: s.id, scheduledAt: s.scheduledAt, count: counts.get(s.id) ?? 0 })),
    dossiersToRead: openable.map(toCase),
    toSign: toSign.map((d) => ({ ...toCase(d.agendaItem), decisionId: d.id })),
  };
}
