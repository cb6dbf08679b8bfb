import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { findCaseForWrite } from "@/lib/cases/case-write";
import { isUuid } from "@/lib/validation/uuid";
import { toIsoDate } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { deleteDocument } from "./document-storage";

/**
 * Removes a document from an open case, for those who may edit the case (anyone else, or a
 * document of another case: NotFoundError). The row and the file are deleted — a document is
 * removed because it was the wrong one, often another child's — and the audit event, written in
 * the same transaction, keeps what was removed and its SHA-256. The file goes once the row is gone.
 */
export async function removeCaseDocument(actor: Actor, caseId: string, documentId: string): Promise<WriteResult> {
  if (!isUuid(documentId)) throw new NotFoundError();
  const storageKey = await db.$transaction(async (tx) => {
    await findCaseForWrite(tx, actor, caseId, { permission: "case:edit" });
    const row = await tx.caseDocument.findFirst({ where: { id: documentId, caseId } });
    if (!row) throw new NotFoundError();
    await tx.caseDocument.delete({ where: { id: row.id } });
    await writeAuditEvent(tx, actor.userId, {
      action: "case.documentRemoved",
      entityType: "CaseDocument",
      entityId: row.id,
      before: {
        caseId,
        type: row.type,
        documentDate: toIsoDate(row.documentDate),
        note: row.note,
        mimeType: row.mimeType,
        sizeBytes: row.sizeBytes,
        sha256: row.sha256,
        uploadedById: row.uploadedById,
        uploadedAt: row.createdAt.toISOString(),
      },
    });
    return row.storageKey;
  });
  await deleteDocument(storageKey);
  return { ok: true, data: undefined };
}
