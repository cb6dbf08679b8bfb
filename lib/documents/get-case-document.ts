import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { caseScope } from "@/lib/auth/scope";
import { isUuid } from "@/lib/validation/uuid";
import { toIsoDate } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { kindOfMimeType } from "./document-kind";
import { readDocument } from "./document-storage";

/**
 * A document's bytes, for an actor who may read its case (anything else, or a document of another
 * case, is NotFoundError). Every successful read is written to the case access log, like opening
 * the case, as view "document" with the document's id. The file name is built from the case
 * number, the type and the date: never the child's name, never what the uploader's file was called.
 */
export async function getCaseDocument(
  actor: Actor,
  caseId: string,
  documentId: string,
): Promise<{ bytes: Buffer; mimeType: string; fileName: string }> {
  if (!can(actor, "case:read") || !isUuid(caseId) || !isUuid(documentId)) throw new NotFoundError();
  const row = await db.caseDocument.findFirst({
    where: { id: documentId, caseId, case: caseScope(actor) },
    select: { type: true, documentDate: true, mimeType: true, storageKey: true, case: { select: { caseNumber: true } } },
  });
  const kind = row && kindOfMimeType(row.mimeType);
  if (!row || !kind) throw new NotFoundError();
  const bytes = await readDocument(row.storageKey);
  if (!bytes) throw new NotFoundError();
  await db.caseAccessLog.create({ data: { userId: actor.userId, caseId, view: "document", documentId } });
  const fileName = `${row.case.caseNumber}_${row.type.toLowerCase().replaceAll("_", "-")}_${toIsoDate(row.documentDate)}.${kind.ext}`;
  return { bytes, mimeType: kind.mimeType, fileName };
}
