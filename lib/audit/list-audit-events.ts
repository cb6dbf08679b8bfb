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

/*
 * Newest first. Without a date range the order is the id's (the primary key walks it); with one,
 * it is (at, id), so that a range long ago is found through the `(at, id)` index instead of by
 * walking every newer id. Cursors are ids either way; with a date range the cursor row's time is
 * read (by primary key) to continue from it.
 */
type Position = { id: bigint; at: Date };
type Direction = "older" | "newer";

const byTime = (filters: AuditFilters) => Boolean(filters.from || filters.to);

function orderBy(filters: AuditFilters, direction: Direction): Prisma.AuditEventOrderByWithRelationInput[] {
  const sort = direction === "older" ? "desc" : "asc";
  return byTime(filters) ? [{ at: sort }, { id: sort }] : [{ id: sort }];
}

function beyond(filters: AuditFilters, direction: Direction, from: Position): Prisma.AuditEventWhereInput {
  const op = direction === "older" ? "lt" : "gt";
  if (!byTime(filters)) return { id: { [op]: from.id } };
  return { OR: [{ at: { [op]: from.at } }, { at: from.at, id: { [op]: from.id } }] };
}

async function positionOf(client: Tx | typeof db, id: bigint): Promise<Position> {
  const row = await client.auditEvent.findUnique({ where: { id }, select: { at: true } });
  // Rows are never deleted; an id that matches none (typed by hand) keeps its place by id alone.
  return { id, at: row?.at ?? new Date(0) };
}

async function readRows(client: Tx | typeof db, filters: AuditFilters, direction: Direction, take: number, from?: Position): Promise<SelectedRow[]> {
  return client.auditEvent.findMany({
    where: { AND: [auditWhere(filters), ...(from ? [beyond(filters, direction, from)] : [])] },
    orderBy: orderBy(filters, direction),
    take,
    select: rowSelect,
  });
}

/** `take` rows, newest first, older than the row `before` (or the newest when none): the export reads in these batches. */
export async function readAuditRows(client: Tx | typeof db, filters: AuditFilters, take: number, before?: bigint): Promise<AuditTrailRow[]> {
  const from = before !== undefined ? await positionOf(client, before) : undefined;
  return (await readRows(client, filters, "older", take, from)).map(toTrailRow);
}

/**
 * A page of the audit trail for the administrator (audit:read), newest first, keyset-paginated
 * (no count over a table that only grows). Anyone else: NotFoundError.
 */
export async function listAuditEvents(
  actor: Actor,
  filters: AuditFilters,
  cursor: AuditCursor = {},
  pageSize = DEFAULT_AUDIT_PAGE_SIZE,
): Promise<{ items: AuditTrailRow[]; older: string | null; newer: string | null }> {
  if (!can(actor, "audit:read")) throw new NotFoundError();
  const page = (rows: SelectedRow[], hasOlder: boolean, hasNewer: boolean) => ({
    items: rows.map(toTrailRow),
    older: hasOlder && rows.length > 0 ? rows[rows.length - 1].id.toString() : null,
    newer: hasNewer && rows.length > 0 ? rows[0].id.toString() : null,
  });
  if (cursor.after !== undefined) {
    // Back towards the newest: the rows just above the cursor, read upwards, then newest first.
    const rows = await readRows(db, filters, "newer", pageSize + 1, await positionOf(db, cursor.after));
    return page(rows.slice(0, pageSize).reverse(), true, rows.length > pageSize);
  }
  const from = cursor.before !== undefined ? await positionOf(db, cursor.before) : undefined;
  const rows = await readRows(db, filters, "older", pageSize + 1, from);
  const shown = rows.slice(0, pageSize);
  const hasNewer = from !== undefined && shown.length > 0 && (await readRows(db, filters, "newer", 1, shown[0])).length > 0;
  return page(shown, rows.length > pageSize, hasNewer);
}

/** The accounts the trail can be filtered on (every account: a deactivated one's acts stay in the trail). */
export async function listAuditUsers(actor: Actor): Promise<{ id: string; name: string; email: string }[]> {
  if (!can(actor, "audit:read")) throw new NotFoundError();
  return db.user.findMany({ select: { id: true, name: true, email: true }, orderBy: [{ name: "asc" }, { email: "asc" }] });
}
