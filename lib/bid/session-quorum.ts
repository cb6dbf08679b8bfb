import "server-only";
import type { Tx } from "@/lib/db";
import { getBidConfig } from "./bid-config";
import { checkQuorum, type QuorumResult, type QuorumRule } from "./quorum";

/** The planned quorum of a session (invited voting members, attendance not yet recorded). */
export async function plannedQuorum(client: Pick<Tx, "bidSessionMember" | "setting">, sessionId: string): Promise<{ result: QuorumResult; rule: QuorumRule }> {
  // One after the other: inside a transaction, `client` is a single connection.
  const members = await client.bidSessionMember.findMany({
    where: { sessionId },
    select: { panelMemberId: true, role: true, panelMember: { select: { user: { select: { organisationId: true } } } } },
  });
  const config = await getBidConfig(client);
  const result = checkQuorum(
    members.map((m) => ({ panelMemberId: m.panelMemberId, role: m.role, organisationId: m.panelMember.user.organisationId })),
    config.quorum,
    { requirePresence: false },
  );
  return { result, rule: config.quorum };
}
