import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { todayUtc } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { BidSessionStatus } from "@/lib/generated/prisma/enums";

export const SESSIONS_PAGE_SIZE = 20;

export type BidSessionSummary = {
  id: string;
  scheduledAt: Date;
  venue: string | null;
  remoteLink: string | null;
  status: BidSessionStatus;
  chairName: string;
  cases: number;
  members: number;
};

/**
 * Sessions for the coordinator. "upcoming": not held nor called off, from today on (soonest
 * first); "past": everything else (latest first). Paginated; counts come with the same query.
 */
export async function listBidSessions(
  actor: Actor,
  options: { when?: "upcoming" | "past"; page?: number; pageSize?: number } = {},
): Promise<{ sessions: BidSessionSummary[]; total: number; page: number; pageSize: number }> {
  if (!can(actor, "bid:coordinate")) throw new NotFoundError();
  const pageSize = options.pageSize ?? SESSIONS_PAGE_SIZE;
  const page = Math.max(1, Math.floor(options.page ?? 1));
  const upcoming = { status: { in: ["DRAFT", "PUBLISHED"] as BidSessionStatus[] }, scheduledAt: { gte: todayUtc() } };
  const where = options.when === "past" ? { NOT: upcoming } : upcoming;
  const [rows, total] = await Promise.all([
    db.bidSession.findMany({
      where,
      orderBy: [{ scheduledAt: options.when === "past" ? "desc" : "asc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        scheduledAt: true,
        venue: true,
        remoteLink: true,
        status: true,
        chair: { select: { user: { select: { name: true } } } },
        _count: { select: { agenda: true, members: true } },
      },
    }),
    db.bidSession.count({ where }),
  ]);
  return {
    sessions: rows.map((r) => ({
      id: r.id,
      scheduledAt: r.scheduledAt,
      venue: r.venue,
      remoteLink: r.remoteLink,
      status: r.status,
      chairName: r.chair.user.name,
      cases: r._count.agenda,
      members: r._count.members,
    })),
    total,
    page,
    pageSize,
  };
}
