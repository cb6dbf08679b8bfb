import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { parseIsoDate } from "@/lib/dates/calendar";
import { db, type Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { DEFAULT_AUDIT_PAGE_SIZE, type AuditCursor, type AuditFilters } from "./audit-filters";
import { auditMetadata, type AuditMetadata } from "./audit-metadata";

/** One row of the administrator's audit trail: who, when, what, on which kind of record — metadata only. */
export type AuditTrailRow = {
  id: string;
  at: Date;
  actor: { name: string; email: string; role: Role } | null;
  action: string;
  entityType: string;
  entityId: string | null;
  metadata: AuditMetadata;
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** The where-clause of the filters: the viewer, the export and their tests share it. */
export function auditWhere(filters: AuditFilters): Prisma.AuditEventWhereInput {
  const from = filters.from ? parseIsoDate(filters.from) : null;
  const to = filters.to ? parseIsoDate(filters.to) : null;
  return {
    ...(filters.actorId && { actorId: filters.actorId }),
    ...(filters.action && { action: filters.action }),
    ...(filters.entityType && { entityType: filters.entityType }),
    // Whole UTC days, both ends included.
    ...((from || to) && { at: { ...(from && { gte: from }), ...(to && { lt: new Date(to.getTime() + DAY_MS) }) } }),
  };
}

const rowSelect = {
  id: true,
  at: true,
  action: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
  actor: { select: { name: true, email: true, role: true } },
} satisfies Prisma.AuditEventSelect;

type SelectedRow = Prisma.AuditEventGetPayload<{ select: typeof rowSelect }>;

/** The row as the administrator may see it: before/after pass through the allow-list (lib/audit/audit-metadata.ts). */
function toTrailRow(row: SelectedRow): AuditTrailRow {
  return {
    id: row.id.toString(),
    at: row.at,
    actor: row.actor,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    metadata: auditMetadata(row.action, row.before, row.after),
  };
}

/** Newest first, from an id cursor: `take` rows older than `before` (or the newest when no cursor). */
export async function readAuditRows(client: Tx | typeof db, filters: AuditFilters, take: number, before?: bigint): Promise<AuditTrailRow[]> {
  const rows = await client.auditEvent.findMany({
    where: { AND: [auditWhere(filters), ...(before !== undefined ? [{ id: { lt: before } }] : [])] },
    orderBy: { id: "desc" },
    take,
    select: rowSelect,
  });
  return rows.map(toTrailRow);
}

/**
 * A page of the audit trail for the administrator (audit:read), newest first, keyset-paginated by
 * id (no count over a table that only grows). Anyone else: NotFoundError.
 */
export async function listAuditEvents(
  actor: Actor,
  filters: AuditFilters,
  cursor: AuditCursor = {},
  pageSize = DEFAULT_AUDIT_PAGE_SIZE,
): Promise<{ items: AuditTrailRow[]; older: string | null; newer: string | null }> {
  if (!can(actor, "audit:read")) throw new NotFoundError();
  const where = auditWhere(filters);
  let rows: SelectedRow[];
  if (cursor.after !== undefined) {
    // Going back towards the newest: the rows just above the cursor, read upwards, then put newest first.
    rows = await db.auditEvent.findMany({ where: { AND: [where, { id: { gt: cursor.after } }] }, orderBy: { id: "asc" }, take: pageSize + 1, select: rowSelect });
    const hasNewer = rows.length > pageSize;
    rows = rows.slice(0, pageSize).reverse();
    return {
      items: rows.map(toTrailRow),
      newer: hasNewer && rows.length > 0 ? rows[0].id.toString() : null,
      older: rows.length > 0 ? rows[rows.length - 1].id.toString() : null,
    };
  }
  rows = await db.auditEvent.findMany({
    where: { AND: [where, ...(cursor.before !== undefined ? [{ id: { lt: cursor.before } }] : [])] },
    orderBy: { id: "desc" },
    take: pageSize + 1,
    select: rowSelect,
  });
  const hasOlder = rows.length > pageSize;
  rows = rows.slice(0, pageSize);
  const hasNewer = cursor.before !== undefined && rows.length > 0 && (await db.auditEvent.count({ where: { AND: [where, { id: { gt: rows[0].id } }] }, take: 1 })) > 0;
  return {
    items: rows.map(toTrailRow),
    older: hasOlder ? rows[rows.length - 1].id.toString() : null,
    newer: hasNewer ? rows[0].id.toString() : null,
  };
}

/** The accounts the trail can be filtered on (every account: a deactivated one's acts stay in the trail). */
export async function listAuditUsers(actor: Actor): Promise<{ id: string; name: string; email: string }[]> {
  if (!can(actor, "audit:read")) throw new NotFoundError();
  return db.user.findMany({ select: { id: true, name: true, email: true }, orderBy: [{ name: "asc" }, { email: "asc" }] });
}
