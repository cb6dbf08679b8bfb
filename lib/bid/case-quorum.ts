// Quorum for one agenda case on the day (docs/domain.md, "Best interests"), pure: the session's members with
// their attendance, minus those who declared a conflict for this case.
import { checkQuorum, type QuorumResult, type QuorumRule } from "./quorum";
import type { PanelRole } from "@/lib/generated/prisma/enums";

export type SessionMemberFacts = {
  panelMemberId: string;
  organisationId: string;
  role: PanelRole;
  attended: boolean | null;
};

/**
 * `recusedIds`: members who declared a conflict for this case. With `onTheDay`, only members
 * marked present count (deciding); without, every invited member not marked absent (planning).
 */
export function caseQuorum(
  members: readonly SessionMemberFacts[],
  recusedIds: ReadonlySet<string>,
  rule: QuorumRule,
  onTheDay: boolean,
): QuorumResult {
  return checkQuorum(
    members.map((m) => ({
      panelMemberId: m.panelMemberId,
      organisationId: m.organisationId,
      role: m.role,
      present: m.attended,
      recused: recusedIds.has(m.panelMemberId),
    })),
    rule,
    { requirePresence: onTheDay },
  );
}

/** Who may vote on the case: present, chair or member, not recused. */
export function eligibleVoterIds(members: readonly SessionMemberFacts[], recusedIds: ReadonlySet<string>): Set<string> {
  return new Set(
    members
      .filter((m) => m.attended === true && (m.role === "CHAIR" || m.role === "MEMBER") && !recusedIds.has(m.panelMemberId))
      .map((m) => m.panelMemberId),
  );
}
