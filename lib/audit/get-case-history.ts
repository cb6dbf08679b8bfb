import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { caseScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseDocumentType, Role } from "@/lib/generated/prisma/enums";
import type { OrganisationNames } from "@/lib/organisations/organisation-name";
import { isUuid } from "@/lib/validation/uuid";
import { fieldChanges, type FieldChange } from "./field-changes";

export const CASE_HISTORY_PAGE_SIZE = 20;

type Paged<T> = { items: T[]; page: number; pageCount: number; total: number };

export type CaseAccessEntry = {
  id: string;
  at: Date;
  user: { name: string; role: Role; organisation: OrganisationNames };
  view: string;
  /** For view "document": its type, or null when the document has since been removed. */
  document: { id: string; type: CaseDocumentType | null } | null;
};

export type CaseChangeEntry = {
  id: string;
  at: Date;
  actor: { name: string; role: Role } | null;
  action: string;
  entityType: string;
  changes: FieldChange[];
};

const pageOf = (page: number | undefined) => (Number.isInteger(page) && page! > 0 ? page! : 1);

/**
 * Who opened the case and what changed in it, for a supervisor (case:history) whose read scope
 * includes the case; anyone else, or a case outside the scope, NotFoundError. The change history
 * shows values: the reader may read the case. It reads only; the page that shows it records the
 * "history" view through getCase(actor, caseId, "history").
 */
export async function getCaseHistory(
  actor: Actor,
  caseId: string,
  options: { accessPage?: number; changePage?: number; pageSize?: number } = {},
): Promise<{ access: Paged<CaseAccessEntry>; changes: Paged<CaseChangeEntry> }> {
  if (!can(actor, "case:history") || !isUuid(caseId)) throw new NotFoundError();
  const pageSize = options.pageSize ?? CASE_HISTORY_PAGE_SIZE;
  const ids = { select: { id: true } } as const;
  const found = await db.case.findFirst({
    where: { AND: [{ id: caseId }, caseScope(actor)] },
    select: {
      id: true,
      notes: ids,
      documents: ids,
      placements: ids,
      assessments: ids,
      casePlans: ids,
      closures: ids,
      accessRequests: ids,
      bidReferrals: ids,
      bidAgendaItems: ids,
      bidDecisions: ids,
    },
  });
  if (!found) throw new NotFoundError();
  const [access, changes] = await Promise.all([
    accessLog(caseId, pageOf(options.accessPage), pageSize),
    changeHistory(found, pageOf(options.changePage), pageSize),
  ]);
  return { access, changes };
}

async function accessLog(caseId: string, page: number, pageSize: number): Promise<Paged<CaseAccessEntry>> {
  const [total, rows] = await Promise.all([
    db.caseAccessLog.count({ where: { caseId } }),
    db.caseAccessLog.findMany({
      where: { caseId },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        at: true,
        view: true,
        documentId: true,
        user: { select: { name: true, role: true, organisation: { select: { name: true, nameAr: true } } } },
      },
    }),
  ]);
  const documentIds = rows.flatMap((row) => (row.documentId ? [row.documentId] : []));
  const documents = documentIds.length
    ? await db.caseDocument.findMany({ where: { id: { in: documentIds }, caseId }, select: { id: true, type: true } })
    : [];
  const typeOf = new Map(documents.map((d) => [d.id, d.type]));
  return {
    items: rows.map((row) => ({
      id: row.id.toString(),
      at: row.at,
      user: row.user,
      view: row.view,
      document: row.documentId ? { id: row.documentId, type: typeOf.get(row.documentId) ?? null } : null,
    })),
    page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    total,
  };
}

type CaseRecords = { id: string } & Record<
  "notes" | "documents" | "placements" | "assessments" | "casePlans" | "closures" | "accessRequests" | "bidReferrals" | "bidAgendaItems" | "bidDecisions",
  { id: string }[]
>;

/** The audit events about the case and the records that belong to it. */
function caseEventsWhere(found: CaseRecords): Prisma.AuditEventWhereInput {
  const children: [string, { id: string }[]][] = [
    ["CaseNote", found.notes],
    ["CaseDocument", found.documents],
    ["Placement", found.placements],
    ["Assessment", found.assessments],
    ["CasePlan", found.casePlans],
    ["CaseClosure", found.closures],
    ["CaseAccessRequest", found.accessRequests],
    ["BidReferral", found.bidReferrals],
    ["BidAgendaItem", found.bidAgendaItems],
    ["BidDecision", found.bidDecisions],
  ];
  return {
    OR: [
      { entityType: "Case", entityId: found.id },
      ...children.filter(([, rows]) => rows.length > 0).map(([entityType, rows]) => ({ entityType, entityId: { in: rows.map((r) => r.id) } })),
      // A removed document's row is gone; its removal event names the case.
      { entityType: "CaseDocument", action: "case.documentRemoved", before: { path: ["caseId"], equals: found.id } },
      // Agenda items are written on their session.
      { entityType: "BidSession", action: "bid.agendaAdded", after: { path: ["caseId"], equals: found.id } },
    ],
  };
}

async function changeHistory(found: CaseRecords, page: number, pageSize: number): Promise<Paged<CaseChangeEntry>> {
  const where = caseEventsWhere(found);
  const [total, rows] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { id: true, at: true, action: true, entityType: true, before: true, after: true, actor: { select: { name: true, role: true } } },
    }),
  ]);
  return {
    items: rows.map((row) => ({
      id: row.id.toString(),
      at: row.at,
      actor: row.actor,
      action: row.action,
      entityType: row.entityType,
      changes: fieldChanges(row.before, row.after),
    })),
    page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    total,
  };
}
