import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { caseEditScope } from "@/lib/auth/scope";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { findCaseForWrite } from "@/lib/cases/case-write";
import { isUuid } from "@/lib/validation/uuid";
import { toIsoDate } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { fieldErrorsByField } from "@/lib/field-errors";
import { readLimitedBody } from "@/lib/http/read-limited-body";
import { caseDocumentSchema } from "./case-document.schema";
import { detectDocumentKind, type DocumentKind } from "./document-kind";
import { MAX_DOCUMENT_BYTES, MAX_DOCUMENT_REQUEST_BYTES } from "./document-limits";
import { deleteDocument, sha256Hex, storeDocument } from "./document-storage";

export type DocumentUpload = {
  caseId: string;
  /** The request's Content-Type (multipart/form-data with its boundary). */
  contentType: string | null;
  declaredLength: number | null;
  body: ReadableStream<Uint8Array> | null;
};

const tooLarge = { ok: false, fieldErrors: { file: "documentTooLarge" } } as const;

/**
 * Attaches a scanned document sent as a multipart form (the upload route: a server action's body
 * stops at 1 MB). Who: the roles and cases that may edit the case, while it is open; anyone else
 * gets NotFoundError before the body is read. The request is read up to its limit only, the file's
 * type is detected from its bytes and its size checked, the fields validated with the form's
 * schema; any problem is a field error and nothing is written. The file is stored before the row
 * and deleted again if the transaction (row + audit event) fails.
 */
export async function uploadCaseDocument(actor: Actor, input: DocumentUpload): Promise<WriteResult<{ documentId: string }>> {
  if (!can(actor, "case:edit") || !isUuid(input.caseId)) throw new NotFoundError();
  // Checked again under the row lock in the transaction; here so an outsider's body is never read.
  if ((await db.case.count({ where: { AND: [{ id: input.caseId }, caseEditScope(actor)] } })) === 0) throw new NotFoundError();
  if (input.declaredLength !== null && input.declaredLength > MAX_DOCUMENT_REQUEST_BYTES) {
    await input.body?.cancel();
    return tooLarge;
  }
  const body = await readLimitedBody(input.body, MAX_DOCUMENT_REQUEST_BYTES);
  if (body === "tooLarge") return tooLarge;
  const form = await parseMultipart(body, input.contentType);
  if (!form) return { ok: false, fieldErrors: { file: "documentMissing" } };

  const file = form.get("file");
  const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
  const fileProblem = checkFile(bytes);
  const parsed = caseDocumentSchema.safeParse({ type: form.get("type") ?? "", documentDate: form.get("documentDate") ?? "", note: form.get("note") ?? "" });
  const fieldErrors = { ...(parsed.success ? {} : fieldErrorsByField(parsed.error)), ...(typeof fileProblem === "string" ? { file: fileProblem } : {}) };
  if (!parsed.success || typeof fileProblem === "string") return { ok: false, fieldErrors };
  const fields = parsed.data;
  const kind = fileProblem;

  const storageKey = await storeDocument(bytes, kind);
  try {
    const record = {
      caseId: input.caseId,
      type: fields.type,
      documentDate: fields.documentDate,
      note: fields.note,
      mimeType: kind.mimeType,
      sizeBytes: bytes.length,
      sha256: sha256Hex(bytes),
    };
    const created = await db.$transaction(async (tx) => {
      await findCaseForWrite(tx, actor, input.caseId, { permission: "case:edit" });
      const row = await tx.caseDocument.create({ data: { ...record, storageKey, uploadedById: actor.userId }, select: { id: true } });
      await writeAuditEvent(tx, actor.userId, {
        action: "case.documentAttached",
        entityType: "CaseDocument",
        entityId: row.id,
        after: { ...record, documentDate: toIsoDate(record.documentDate) },
      });
      return row;
    });
    return { ok: true, data: { documentId: created.id } };
  } catch (error) {
    await deleteDocument(storageKey);
    throw error;
  }
}

/** The multipart form, or null when the body is not one (wrong type, cut short, malformed). */
async function parseMultipart(body: Uint8Array, contentType: string | null): Promise<FormData | null> {
  if (!contentType?.toLowerCase().startsWith("multipart/form-data")) return null;
  try {
    // The platform's multipart parser (readLimitedBody's bytes are always ArrayBuffer-backed).
    return await new Response(body as Uint8Array<ArrayBuffer>, { headers: { "Content-Type": contentType } }).formData();
  } catch {
    return null;
  }
}

/** The file's kind, or the message key that refuses it. */
function checkFile(bytes: Uint8Array): DocumentKind | "documentMissing" | "documentTooLarge" | "documentType" {
  if (bytes.length === 0) return "documentMissing";
  if (bytes.length > MAX_DOCUMENT_BYTES) return "documentTooLarge";
  return detectDocumentKind(bytes) ?? "documentType";
}
