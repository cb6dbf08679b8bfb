import "server-only";
import { isUuid } from "@/lib/validation/uuid";
import type { Tx } from "@/lib/db";
import type { PanelRole } from "@/lib/generated/prisma/enums";
import type { BidSessionData } from "./bid-session.schema";

/**
 * The invited members of a session form: the chair (an active roster member, invited as CHAIR)
 * plus every other active roster member given a role. Unknown or inactive members are refused.
 */
export async function resolveSessionMembers(
  tx: Tx,
  data: BidSessionData,
): Promise<{ ok: true; members: { panelMemberId: string; role: PanelRole }[] } | { ok: false; fieldErrors: Record<string, string> }> {
  const invited = new Map<string, PanelRole>();
  for (const m of data.members) if (m.role !== "" && m.panelMemberId !== data.chairId) invited.set(m.panelMemberId, m.role);
  invited.set(data.chairId, "CHAIR");
  const ids = [...invited.keys()];
  if (!ids.every(isUuid)) return { ok: false, fieldErrors: { members: "invalid" } };
  const active = await tx.panelMember.findMany({ where: { id: { in: ids }, active: true }, select: { id: true } });
  const activeIds = new Set(active.map((a) => a.id));
  if (!activeIds.has(data.chairId)) return { ok: false, fieldErrors: { chairId: "bid.notActiveMember" } };
  if (activeIds.size !== ids.length) return { ok: false, fieldErrors: { members: "bid.notActiveMember" } };
  return { ok: true, members: ids.map((panelMemberId) => ({ panelMemberId, role: invited.get(panelMemberId)! })) };
}
