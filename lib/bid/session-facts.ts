import "server-only";
// What the session pages and the decision writes share: the members with their attendance and
// organisation, and per agenda case who is recused, the quorum on the day, who may vote, and
// the live (not superseded) decision with its votes.
import type { Tx } from "@/lib/db";
import type { BidOutcome, BidVoteChoice } from "@/lib/generated/prisma/enums";
import { getBidConfig } from "./bid-config";
import { caseQuorum, eligibleVoterIds, type SessionMemberFacts } from "./case-quorum";
import { decisionProblems, type DecisionProblem } from "./decision.schema";
import type { QuorumResult } from "./quorum";
import type { OrganisationNames } from "@/lib/organisations/organisation-name";

export type MemberFacts = SessionMemberFacts & { name: string; organisation: OrganisationNames; userId: string };

export type LiveDecision = {
  id: string;
  version: number;
  kind: string;
  signedAt: Date | null;
  outcome: BidOutcome | null;
  optionsConsidered: unknown;
  childViewsHeard: string;
  reasons: string;
  conditions: string | null;
  implementationPlan: string;
  implementationOrgId: string | null;
  implementationDeadline: Date | null;
  reviewDate: Date | null;
  votes: { panelMemberId: string; choice: BidVoteChoice; dissentingOpinion: string | null }[];
};

export type AgendaFacts = {
  agendaItemId: string;
  position: number;
  caseId: string;
  caseNumber: string;
  childName: string;
  referralId: string;
  accessUntil: Date | null;
  declarations: { panelMemberId: string; hasConflict: boolean; note: string | null }[];
  recusedIds: Set<string>;
  quorum: QuorumResult;
  eligibleVoters: Set<string>;
  decision: LiveDecision | null;
  /** What still prevents signing the live decision (empty = it can be signed). */
  problems: DecisionProblem[];
};

export type SessionFacts = {
  id: string;
  version: number;
  status: string;
  scheduledAt: Date;
  venue: string | null;
  remoteLink: string | null;
  publishedAt: Date | null;
  heldAt: Date | null;
  chairId: string;
  members: MemberFacts[];
  agenda: AgendaFacts[];
};

const decisionSelect = {
  id: true,
  version: true,
  kind: true,
  signedAt: true,
  outcome: true,
  optionsConsidered: true,
  childViewsHeard: true,
  reasons: true,
  conditions: true,
  implementationPlan: true,
  implementationOrgId: true,
  implementationDeadline: true,
  reviewDate: true,
  votes: { select: { panelMemberId: true, choice: true, dissentingOpinion: true } },
} as const;

function withoutAgendaItemId<T extends { agendaItemId: string }>({ agendaItemId, ...rest }: T): Omit<T, "agendaItemId"> {
  void agendaItemId;
  return rest;
}

type SessionFactsClient = Pick<Tx, "bidSession" | "bidSessionMember" | "bidAgendaItem" | "bidConflictDeclaration" | "bidDecision" | "setting">;

/**
 * Reads the session's facts one query after another: the sign and save transactions call it, and
 * a transaction is a single connection, on which Prisma would load the relations of one nested
 * select in parallel.
 */
export async function loadSessionFacts(client: SessionFactsClient, sessionId: string): Promise<SessionFacts | null> {
  const found = await client.bidSession.findUnique({
    where: { id: sessionId },
    select: { id: true, version: true, status: true, scheduledAt: true, venue: true, remoteLink: true, publishedAt: true, heldAt: true, chairId: true },
  });
  if (!found) return null;
  const sessionMembers = await client.bidSessionMember.findMany({
    where: { sessionId },
    orderBy: [{ role: "asc" }, { invitedAt: "asc" }],
    select: {
      panelMemberId: true,
      role: true,
      attended: true,
      panelMember: { select: { userId: true, user: { select: { name: true, organisationId: true, organisation: { select: { name: true, nameAr: true } } } } } },
    },
  });
  const items = await client.bidAgendaItem.findMany({
    where: { sessionId },
    orderBy: { position: "asc" },
    select: { id: true, position: true, caseId: true, referralId: true, accessUntil: true, case: { select: { caseNumber: true, firstName: true, lastName: true } } },
  });
  const itemIds = items.map((item) => item.id);
  const conflicts = await client.bidConflictDeclaration.findMany({
    where: { agendaItemId: { in: itemIds } },
    select: { agendaItemId: true, panelMemberId: true, hasConflict: true, note: true },
  });
  const decisions = await client.bidDecision.findMany({ where: { agendaItemId: { in: itemIds }, supersededAt: null }, select: { ...decisionSelect, agendaItemId: true } });
  const session = {
    ...found,
    members: sessionMembers,
    agenda: items.map((item) => ({
      ...item,
      conflicts: conflicts.filter((c) => c.agendaItemId === item.id).map(({ panelMemberId, hasConflict, note }) => ({ panelMemberId, hasConflict, note })),
      decisions: decisions.filter((d) => d.agendaItemId === item.id).map(withoutAgendaItemId),
    })),
  };
  const config = await getBidConfig(client);
  const members: MemberFacts[] = session.members.map((m) => ({
    panelMemberId: m.panelMemberId,
    role: m.role,
    attended: m.attended,
    organisationId: m.panelMember.user.organisationId,
    organisation: m.panelMember.user.organisation,
    name: m.panelMember.user.name,
    userId: m.panelMember.userId,
  }));
  const agenda = session.agenda.map((item): AgendaFacts => {
    const recusedIds = new Set(item.conflicts.filter((c) => c.hasConflict).map((c) => c.panelMemberId));
    const eligibleVoters = eligibleVoterIds(members, recusedIds);
    const decision = item.decisions[0] ?? null;
    return {
      agendaItemId: item.id,
      position: item.position,
      caseId: item.caseId,
      caseNumber: item.case.caseNumber,
      childName: `${item.case.firstName} ${item.case.lastName}`,
      referralId: item.referralId,
      accessUntil: item.accessUntil,
      declarations: item.conflicts,
      recusedIds,
      quorum: caseQuorum(members, recusedIds, config.quorum, true),
      eligibleVoters,
      decision,
      problems: decision ? decisionProblems(decision, eligibleVoters) : [],
    };
  });
  return { ...session, members, agenda };
}
