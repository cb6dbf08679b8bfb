import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { BidSessionStatus, PanelRole } from "@/lib/generated/prisma/enums";

export type MyPanel = {
  sessionId: string;
  scheduledAt: Date;
  venue: string | null;
  remoteLink: string | null;
  status: BidSessionStatus;
  myRole: PanelRole;
  chairName: string;
  cases: number;
};

export type MyPanels = { onRoster: boolean; undertakingSignedAt: Date | null; panels: MyPanel[] };

/**
 * "My panels": the published or held sessions the signed-in member is invited to — date, place,
 * role, number of cases; never a child's name (the session page decides what to show after the
 * conflict declarations). Read on every request: date and agenda changes show at once.
 */
export async function listMyPanels(actor: Actor): Promise<MyPanels> {
  if (!can(actor, "bid:sit")) throw new NotFoundError();
  const member = await db.panelMember.findUnique({ where: { userId: actor.userId }, select: { id: true, undertakingSignedAt: true } });
  if (!member) return { onRoster: false, undertakingSignedAt: null, panels: [] };
  const rows = await db.bidSessionMember.findMany({
    where: { panelMemberId: member.id, session: { status: { in: ["PUBLISHED", "HELD"] } } },
    orderBy: [{ session: { scheduledAt: "desc" } }],
    take: 100,
    select: {
      role: true,
      session: {
        select: {
          id: true,
          scheduledAt: true,
          venue: true,
          remoteLink: true,
          status: true,
          chair: { select: { user: { select: { name: true } } } },
          _count: { select: { agenda: true } },
        },
      },
    },
  });
  return {
    onRoster: true,
    undertakingSignedAt: member.undertakingSignedAt,
    panels: rows.map(({ role, session }) => ({
      sessionId: session.id,
      scheduledAt: session.scheduledAt,
      venue: session.venue,
      remoteLink: session.remoteLink,
      status: session.status,
      myRole: role,
      chairName: session.chair.user.name,
      cases: session._count.agenda,
    })),
  };
}
