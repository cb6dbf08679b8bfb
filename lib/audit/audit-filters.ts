import type { AuditFilterRecord } from "./audit-events";
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from "./audit-metadata";
import { parseIsoDate } from "@/lib/dates/calendar";
import { isUuid } from "@/lib/validation/uuid";

/** The audit trail's filters as the URL carries them: `?user=&action=&entity=&from=&to=` and a page cursor. */
export type AuditFilters = AuditFilterRecord;
export type AuditFilterField = "user" | "action" | "entity" | "from" | "to";
export type AuditFilterProblem = "invalid" | "toBeforeFrom";
/** Keyset page: events older than `before`, or newer than `after` (ids). */
export type AuditCursor = { before?: bigint; after?: bigint };

type Params = Record<string, string | string[] | undefined>;

/** Rows per page the viewer offers. */
export const AUDIT_PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_AUDIT_PAGE_SIZE = 50;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
const cursorValue = (value: string) => (/^\d{1,19}$/.test(value) ? BigInt(value) : undefined);

/**
 * Reads the filters from the query string. A value that is not valid is left out of the filters
 * and reported against its field, so that the page shows a message beside it (never a 500).
 */
export function parseAuditFilters(params: Params): {
  filters: AuditFilters;
  problems: Partial<Record<AuditFilterField, AuditFilterProblem>>;
  cursor: AuditCursor;
  pageSize: number;
  values: Record<AuditFilterField, string>;
} {
  const values = { user: first(params.user), action: first(params.action), entity: first(params.entity), from: first(params.from), to: first(params.to) };
  const filters: AuditFilters = {};
  const problems: Partial<Record<AuditFilterField, AuditFilterProblem>> = {};
  if (values.user) {
    if (isUuid(values.user)) filters.actorId = values.user.toLowerCase();
    else problems.user = "invalid";
  }
  if (values.action) {
    if ((AUDIT_ACTIONS as string[]).includes(values.action)) filters.action = values.action;
    else problems.action = "invalid";
  }
  if (values.entity) {
    if ((AUDIT_ENTITY_TYPES as string[]).includes(values.entity)) filters.entityType = values.entity;
    else problems.entity = "invalid";
  }
  const from = values.from ? parseIsoDate(values.from) : null;
  const to = values.to ? parseIsoDate(values.to) : null;
  if (values.from && !from) problems.from = "invalid";
  if (values.to && !to) problems.to = "invalid";
  if (from && to && to < from) problems.to = "toBeforeFrom";
  else {
    if (from) filters.from = values.from;
    if (to) filters.to = values.to;
  }
  const before = cursorValue(first(params.before));
  const after = before === undefined ? cursorValue(first(params.after)) : undefined;
  const size = Number(first(params.size));
  const pageSize = (AUDIT_PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_AUDIT_PAGE_SIZE;
  return { filters, problems, cursor: { before, after }, pageSize, values };
}

/** The query string of these filters (for pagination and the export link). */
export function auditFilterParams(filters: AuditFilters): Record<string, string> {
  const params: Record<string, string> = {};
  if (filters.actorId) params.user = filters.actorId;
  if (filters.action) params.action = filters.action;
  if (filters.entityType) params.entity = filters.entityType;
  if (filters.from) params.from = filters.from;
  if (filters.to) params.to = filters.to;
  return params;
}
