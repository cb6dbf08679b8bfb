import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { caseScope } from "@/lib/auth/scope";
import { isUuid } from "@/lib/validation/uuid";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { CaseDocumentItem } from "./case-document.dto";
import { DOCUMENTS_PER_PAGE } from "./document-limits";

export type CaseDocumentPage = { items: CaseDocumentItem[]; page: number; pageCount: number; total: number };

/**
 * One page of the case's documents, newest document date first, for an actor who may read the
 * case (out of scope: NotFoundError). Listing is part of viewing the case: the page reads the case
 * with getCase, which writes the access-log row; opening a document writes its own.
 */
export async function listCaseDocuments(actor: Actor, caseId: string, options: { page?: number } = {}): Promise<CaseDocumentPage> {
  if (!can(actor, "case:read") || !isUuid(caseId)) throw new NotFoundError();
  const inScope = await db.case.count({ where: { AND: [{ id: caseId }, caseScope(actor)] } });
  if (inScope === 0) throw new NotFoundError();
  const total = await db.caseDocument.count({ where: { caseId } });
  const pageCount = Math.max(1, Math.ceil(total / DOCUMENTS_PER_PAGE));
  // A page past the end (a document was removed meanwhile) shows the last one.
  const page = Math.min(Math.max(1, Math.trunc(options.page ?? 1) || 1), pageCount);
  const rows = await db.caseDocument.findMany({
    where: { caseId },
    orderBy: [{ documentDate: "desc" }, { createdAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * DOCUMENTS_PER_PAGE,
    take: DOCUMENTS_PER_PAGE,
    select: { id: true, type: true, documentDate: true, note: true, mimeType: true, sizeBytes: true, createdAt: true, uploadedBy: { select: { name: true } } },
  });
  return {
    items: rows.map(({ uploadedBy, ...row }) => ({ ...row, uploadedByName: uploadedBy.name })),
    page,
    pageCount,
    total,
  };
}
