import "server-only";
// The votes on a decision (ADR 0011): one per present, voting (chair or member),
// non-recused member — checked here for a translated refusal, and again by the BidVote_guard
// trigger. Written with the decision they belong to (saveBidDecision), replacing earlier ones.
import type { Tx } from "@/lib/db";
import type { BidVoteChoice } from "@/lib/generated/prisma/enums";
import { InvalidStateError } from "@/lib/errors";

export type VoteInput = { panelMemberId: string; choice: BidVoteChoice; dissentingOpinion: string | null };

export function checkVoters(votes: readonly VoteInput[], eligibleVoters: ReadonlySet<string>): void {
  const seen = new Set<string>();
  for (const vote of votes) {
    if (!eligibleVoters.has(vote.panelMemberId) || seen.has(vote.panelMemberId)) throw new InvalidStateError("notEligibleVoter");
    seen.add(vote.panelMemberId);
  }
}

export async function replaceVotes(tx: Tx, decisionId: string, votes: readonly VoteInput[], eligibleVoters: ReadonlySet<string>): Promise<void> {
  checkVoters(votes, eligibleVoters);
  await tx.bidVote.deleteMany({ where: { decisionId } });
  if (votes.length) await tx.bidVote.createMany({ data: votes.map((vote) => ({ decisionId, ...vote })) });
}
