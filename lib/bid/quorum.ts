// Quorum of a BID panel (pure). Default (configurable in the "bid" setting): at least 3 voting
// members from at least 2 organisations, the chair included. Only chair and members vote;
// secretaries and observers never do, nor does a member recused for the case.
import type { PanelRole } from "@/lib/generated/prisma/enums";

export type QuorumRule = { minVoting: number; minOrganisations: number; chairRequired: boolean };

export const DEFAULT_QUORUM: QuorumRule = { minVoting: 3, minOrganisations: 2, chairRequired: true };

export const VOTING_ROLES: readonly PanelRole[] = ["CHAIR", "MEMBER"];

export type QuorumMember = {
  panelMemberId: string;
  organisationId: string;
  role: PanelRole;
  /** Attendance: null/undefined = not recorded yet (planning), false = absent. */
  present?: boolean | null;
  /** Declared a conflict of interest for the case in question. */
  recused?: boolean;
};

export type QuorumProblem = "tooFewVoting" | "tooFewOrganisations" | "noChair";

export type QuorumResult = {
  met: boolean;
  voting: number;
  organisations: number;
  chairIncluded: boolean;
  problems: QuorumProblem[];
};

export function isVoting(member: Pick<QuorumMember, "role">): boolean {
  return VOTING_ROLES.includes(member.role);
}

/**
 * Planning (`requirePresence: false`): counts invited voting members, for the schedule check.
 * On the day (`requirePresence: true`): counts only members marked present.
 */
export function checkQuorum(
  members: readonly QuorumMember[],
  rule: QuorumRule,
  options: { requirePresence: boolean },
): QuorumResult {
  const counted = members.filter(
    (m) => isVoting(m) && !m.recused && (options.requirePresence ? m.present === true : m.present !== false),
  );
  const voting = new Set(counted.map((m) => m.panelMemberId)).size;
  const organisations = new Set(counted.map((m) => m.organisationId)).size;
  const chairIncluded = counted.some((m) => m.role === "CHAIR");
  const problems: QuorumProblem[] = [];
  if (voting < rule.minVoting) problems.push("tooFewVoting");
  if (organisations < rule.minOrganisations) problems.push("tooFewOrganisations");
  if (rule.chairRequired && !chairIncluded) problems.push("noChair");
  return { met: problems.length === 0, voting, organisations, chairIncluded, problems };
}
