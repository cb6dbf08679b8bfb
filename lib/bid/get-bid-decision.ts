import "server-only";
// One decision record (ADR 0011) with the case's decision history for the same
// agenda case: for the coordinator, and for panel members within their access window for the
// case (not recused). Shows only this case. Every read is logged on the case.
import type { OrganisationNames } from "@/lib/organisations/organisation-name";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { isUuid } from "@/lib/validation/uuid";
import { db } from "@/lib/db";
import type { BidDecisionKind, BidOutcome, BidVoteChoice, PanelRole } from "@/lib/generated/prisma/enums";
import { NotFoundError } from "@/lib/errors";
import { toOptions, type BidOption, type DecisionProblem } from "./decision.schema";
import { openableAgendaItemWhere, panelSeatOf } from "./panel-scope";
import type { QuorumResult } from "./quorum";
import { loadSessionFacts } from "./session-facts";

export type BidDecisionRecord = {
  id: string;
  version: number;
  kind: BidDecisionKind;
  supersedeReason: string | null;
  supersededAt: Date | null;
  signedAt: Date | null;
  signedByName: string | null;
  recordedByName: string;
  caseId: string;
  caseNumber: string;
  childName: string;
  sessionId: string;
  sessionScheduledAt: Date;
  sessionVenue: string | null;
  options: BidOption[];
  childViewsHeard: string;
  outcome: BidOutcome | null;
  reasons: string;
  conditions: string | null;
  implementationPlan: string;
  implementationOrg: OrganisationNames | null;
  implementationDeadline: Date | null;
  reviewDate: Date | null;
  votes: { name: string; organisation: OrganisationNames; role: PanelRole | null; choice: BidVoteChoice; dissentingOpinion: string | null }[];
  quorum: QuorumResult | null;
  problems: DecisionProblem[];
  history: { id: string; kind: BidDecisionKind; outcome: BidOutcome | null; signedAt: Date | null; supersededAt: Date | null; supersedeReason: string | null; createdAt: Date }[];
  viewer: { canSign: boolean; canSupersede: boolean; canEdit: boolean; isCoordinator: boolean };
};

export async function getBidDecision(actor: Actor, decisionId: string, now: Date = new Date()): Promise<BidDecisionRecord> {
  if (!isUuid(decisionId)) throw new NotFoundError();
  const coordinator = can(actor, "bid:coordinate");
  let seat: Awaited<ReturnType<typeof panelSeatOf>> | null = null;
  if (!coordinator) {
    seat = await panelSeatOf(actor);
    if (!seat.undertakingSignedAt) throw new NotFoundError();
  }
  const row = await db.bidDecision.findFirst({
    where: seat ? { id: decisionId, agendaItem: openableAgendaItemWhere(seat.panelMemberId, now) } : { id: decisionId },
    select: {
      id: true,
      version: true,
      kind: true,
      supersedeReason: true,
      supersededAt: true,
      signedAt: true,
      signedBy: { select: { name: true } },
      recordedBy: { select: { name: true } },
      caseId: true,
      agendaItemId: true,
      case: { select: { caseNumber: true, firstName: true, lastName: true } },
      session: { select: { id: true, scheduledAt: true, venue: true } },
      optionsConsidered: true,
      childViewsHeard: true,
      outcome: true,
      reasons: true,
      conditions: true,
      implementationPlan: true,
      implementationOrg: { select: { name: true, nameAr: true } },
      implementationDeadline: true,
      reviewDate: true,
      votes: {
        orderBy: { createdAt: "asc" },
        select: {
          panelMemberId: true,
          choice: true,
          dissentingOpinion: true,
          panelMember: { select: { user: { select: { name: true, organisation: { select: { name: true, nameAr: true } } } } } },
        },
      },
    },
  });
  if (!row) throw new NotFoundError();
  const [facts, history] = await Promise.all([
    loadSessionFacts(db, row.session.id),
    db.bidDecision.findMany({
      where: { agendaItemId: row.agendaItemId },
      orderBy: { createdAt: "asc" },
      select: { id: true, kind: true, outcome: true, signedAt: true, supersededAt: true, supersedeReason: true, createdAt: true },
    }),
  ]);
  await db.caseAccessLog.create({ data: { userId: actor.userId, caseId: row.caseId, view: "bidDecision" } });
  const item = facts?.agenda.find((a) => a.agendaItemId === row.agendaItemId);
  const live = item?.decision?.id === row.id;
  const roles = new Map(facts?.members.map((m) => [m.panelMemberId, m.role]));
  const isChair = seat !== null && facts?.chairId === seat.panelMemberId;

  return {
    id: row.id,
    version: row.version,
    kind: row.kind,
    supersedeReason: row.supersedeReason,
    supersededAt: row.supersededAt,
    signedAt: row.signedAt,
    signedByName: row.signedBy?.name ?? null,
    recordedByName: row.recordedBy.name,
    caseId: row.caseId,
    caseNumber: row.case.caseNumber,
    childName: `${row.case.firstName} ${row.case.lastName}`,
    sessionId: row.session.id,
    sessionScheduledAt: row.session.scheduledAt,
    sessionVenue: row.session.venue,
    options: toOptions(row.optionsConsidered),
    childViewsHeard: row.childViewsHeard,
    outcome: row.outcome,
    reasons: row.reasons,
    conditions: row.conditions,
    implementationPlan: row.implementationPlan,
    implementationOrg: row.implementationOrg,
    implementationDeadline: row.implementationDeadline,
    reviewDate: row.reviewDate,
    votes: row.votes.map((v) => ({
      name: v.panelMember.user.name,
      organisation: v.panelMember.user.organisation,
      role: roles.get(v.panelMemberId) ?? null,
      choice: v.choice,
      dissentingOpinion: v.dissentingOpinion,
    })),
    quorum: live && item ? item.quorum : null,
    problems: live && item && !row.signedAt ? item.problems : [],
    history,
    viewer: {
      isCoordinator: coordinator,
      canSign: Boolean(isChair && live && !row.signedAt && item && item.quorum.met && item.problems.length === 0),
      canSupersede: coordinator && row.signedAt !== null && row.supersededAt === null,
      canEdit: coordinator && live && row.signedAt === null,
    },
  };
}
