import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/uuid";

export type UserHistoryEntry = {
  id: string;
  action: string;
  at: Date;
  /** Who did it; null for the system (e.g. a lock after failed sign-ins). */
  byName: string | null;
  /** For a change: which fields changed (their names, not their values). */
  fields: string[];
};

export const USER_HISTORY_PAGE_SIZE = 30;

/**
 * The audit events about an account, newest first (user:manage): creation, changes, links issued,
 * unlocks, passwords set, sign-ins, failures and locks. Metadata only: what happened, who, when,
 * and for a change the names of the fields.
 */
export async function listUserHistory(actor: Actor, userId: string, page = 1): Promise<{ entries: UserHistoryEntry[]; hasMore: boolean }> {
  if (!can(actor, "user:manage")) throw new NotFoundError();
  if (!isUuid(userId)) throw new NotFoundError();
  const events = await db.auditEvent.findMany({
    where: { entityType: "User", entityId: userId },
    orderBy: { id: "desc" },
    skip: (Math.max(1, page) - 1) * USER_HISTORY_PAGE_SIZE,
    take: USER_HISTORY_PAGE_SIZE + 1,
    select: { id: true, action: true, at: true, after: true, actor: { select: { name: true } } },
  });
  return {
    hasMore: events.length > USER_HISTORY_PAGE_SIZE,
    entries: events.slice(0, USER_HISTORY_PAGE_SIZE).map((event) => ({
      id: event.id.toString(),
      action: event.action,
      at: event.at,
      byName: event.actor?.name ?? null,
      fields: event.action === "user.updated" && event.after && typeof event.after === "object" && !Array.isArray(event.after) ? Object.keys(event.after) : [],
    })),
  };
}
