import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { registerChild } from "@/lib/cases/register-child";
import { db } from "@/lib/db";
import { MAX_DOCUMENT_BYTES } from "@/lib/documents/document-limits";
import { getCaseDocument } from "@/lib/documents/get-case-document";
import { listCaseDocuments } from "@/lib/documents/list-case-documents";
import { removeCaseDocument } from "@/lib/documents/remove-case-document";
import { uploadCaseDocument, type DocumentUpload } from "@/lib/documents/upload-case-document";
import { NotFoundError } from "@/lib/errors";
import { createWorld, validChild, type World } from "./fixtures";

// The audit writer, made to fail on demand: the document row must go with it (one transaction).
const audit = vi.hoisted(() => ({ fail: false }));
vi.mock("@/lib/audit/write-audit-event", async (original) => {
  const real = await original<typeof import("@/lib/audit/write-audit-event")>();
  return {
    ...real,
    writeAuditEvent: async (...args: Parameters<typeof real.writeAuditEvent>) => {
      if (audit.fail) throw new Error("audit write failed");
      return real.writeAuditEvent(...args);
    },
  };
});

let world: World;
let caseId: string;
let otherCaseId: string;
let uploads: string;

/** A "%PDF-" header and padding: what the server detects, at any size. */
function pdf(size = 2048): Uint8Array {
  const bytes = new Uint8Array(size).fill(0x20);
  bytes.set(new TextEncoder().encode("%PDF-1.7\n"));
  return bytes;
}

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

type Fields = { type?: string; documentDate?: string; note?: string };
const validFields: Fields = { type: "BIRTH_CERTIFICATE", documentDate: "2024-06-01", note: "Copie certifiée, mairie de Conakry" };

/**
 * The request a browser sends: the form as multipart, in 64 KB chunks, with a count of the chunks
 * the server pulled. `declared: false` sends it without a Content-Length.
 */
async function upload(
  file: { bytes: Uint8Array; name: string; type: string } | null,
  fields: Fields = validFields,
  options: { declared?: boolean } = {},
): Promise<{ request: Omit<DocumentUpload, "caseId">; seen: { pulled: number } }> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  if (file) form.set("file", new File([file.bytes as Uint8Array<ArrayBuffer>], file.name, { type: file.type }));
  const encoded = new Request("http://localhost/upload", { method: "POST", body: form });
  const bytes = new Uint8Array(await encoded.arrayBuffer());
  const seen = { pulled: 0 };
  let offset = 0;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (offset >= bytes.length) return controller.close();
        seen.pulled++;
        controller.enqueue(bytes.slice(offset, offset + 64 * 1024));
        offset += 64 * 1024;
      },
    },
    { highWaterMark: 0 },
  );
  return {
    request: { contentType: encoded.headers.get("content-type"), declaredLength: options.declared === false ? null : bytes.length, body },
    seen,
  };
}

async function attach(actor: Actor, onCase: string, file = { bytes: pdf(), name: "acte.pdf", type: "application/pdf" }, fields: Fields = validFields) {
  const { request } = await upload(file, fields);
  return uploadCaseDocument(actor, { caseId: onCase, ...request });
}

const storedFiles = () => {
  try {
    return readdirSync(path.join(uploads, "documents")).length;
  } catch {
    return 0;
  }
};

/** Everything an upload or a removal may write. */
async function snapshot() {
  const [documents, auditEvents, accessLogs] = await Promise.all([db.caseDocument.count(), db.auditEvent.count(), db.caseAccessLog.count()]);
  return { documents, auditEvents, accessLogs, files: storedFiles() };
}

beforeAll(async () => {
  uploads = mkdtempSync(path.join(tmpdir(), "uploads-"));
  process.env.UPLOADS_DIR = uploads;
  world = await createWorld();
  const child = await registerChild(world.actors.swNdb, validChild());
  const other = await registerChild(world.actors.swNdb, validChild({ firstName: "Aissatou", lastName: "Bah" }));
  if (!child.ok || !other.ok) throw new Error("registration failed");
  caseId = child.data.caseId;
  otherCaseId = other.data.caseId;
  // NGO-A may read the case: referred to it, and the child consented to sharing with it.
  await db.caseReferral.create({ data: { caseId, organisationId: world.organisations["NGO-A"], createdById: world.actors.supNdb.userId } });
  await db.caseConsentShare.create({ data: { caseId, organisationId: world.organisations["NGO-A"] } });
});

describe("uploadCaseDocument", () => {
  it("attaches a PDF with its type, date and note; stores the file with its detected type, size and hash; audits it", async () => {
    const before = await snapshot();
    const bytes = pdf(1.5 * 1024 * 1024);
    // The browser's declared type and the file name are not what decides.
    const result = await attach(world.actors.swNdb, caseId, { bytes, name: "scan.bin", type: "application/octet-stream" });
    expect(result).toMatchObject({ ok: true });
    const documentId = result.ok ? result.data.documentId : "";
    const row = await db.caseDocument.findUniqueOrThrow({ where: { id: documentId } });
    expect(row).toMatchObject({
      caseId,
      type: "BIRTH_CERTIFICATE",
      note: "Copie certifiée, mairie de Conakry",
      mimeType: "application/pdf",
      sizeBytes: bytes.length,
      uploadedById: world.actors.swNdb.userId,
    });
    expect(row.documentDate.toISOString().slice(0, 10)).toBe("2024-06-01");
    expect(row.storageKey).toMatch(/^[0-9a-f]{32}\.pdf$/);
    expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "case.documentAttached", entityId: documentId } });
    expect(event).toMatchObject({ actorId: world.actors.swNdb.userId, entityType: "CaseDocument" });
    expect(event.after).toMatchObject({ caseId, type: "BIRTH_CERTIFICATE", documentDate: "2024-06-01", mimeType: "application/pdf", sha256: row.sha256 });
    expect(await snapshot()).toEqual({ ...before, documents: before.documents + 1, auditEvents: before.auditEvents + 1, files: before.files + 1 });
  });

  it("accepts JPEG and PNG scans and exactly 10 MB", async () => {
    const jpeg = await attach(world.actors.supNdb, caseId, { bytes: Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), name: "a.jpg", type: "image/jpeg" });
    const png = await attach(world.actors.supNdb, caseId, { bytes: PNG, name: "a.png", type: "image/png" });
    const largest = await attach(world.actors.swNdb, caseId, { bytes: pdf(MAX_DOCUMENT_BYTES), name: "big.pdf", type: "application/pdf" });
    expect([jpeg.ok, png.ok, largest.ok]).toEqual([true, true, true]);
    const types = await db.caseDocument.findMany({ where: { caseId }, select: { mimeType: true } });
    expect(types.map((t) => t.mimeType)).toEqual(expect.arrayContaining(["image/jpeg", "image/png"]));
  });

  it("refuses a text file renamed .pdf (type from the bytes), writing nothing", async () => {
    const before = await snapshot();
    const text = new TextEncoder().encode("Ceci n'est pas un PDF, seulement du texte.\n");
    const result = await attach(world.actors.swNdb, caseId, { bytes: text, name: "acte-naissance.pdf", type: "application/pdf" });
    expect(result).toEqual({ ok: false, fieldErrors: { file: "documentType" } });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a file over 10 MB from its declared length, without reading it, writing nothing", async () => {
    const before = await snapshot();
    const { request, seen } = await upload({ bytes: pdf(MAX_DOCUMENT_BYTES + 100 * 1024), name: "big.pdf", type: "application/pdf" });
    expect(await uploadCaseDocument(world.actors.swNdb, { caseId, ...request })).toEqual({ ok: false, fieldErrors: { file: "documentTooLarge" } });
    expect(seen.pulled).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a file one byte over 10 MB sent without a length, writing nothing", async () => {
    const before = await snapshot();
    const { request } = await upload({ bytes: pdf(MAX_DOCUMENT_BYTES + 1), name: "big.pdf", type: "application/pdf" }, validFields, { declared: false });
    expect(await uploadCaseDocument(world.actors.swNdb, { caseId, ...request })).toEqual({ ok: false, fieldErrors: { file: "documentTooLarge" } });
    expect(await snapshot()).toEqual(before);
  });

  it("answers every field's problem at once (no file, no type, a date in the future, a long note), writing nothing", async () => {
    const before = await snapshot();
    const { request } = await upload(null, { type: "", documentDate: "2999-01-01", note: "x".repeat(1001) });
    expect(await uploadCaseDocument(world.actors.swNdb, { caseId, ...request })).toEqual({
      ok: false,
      fieldErrors: { type: "required", documentDate: "dateInFuture", note: "tooLong", file: "documentMissing" },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("a body that is not a complete multipart form is refused, writing nothing", async () => {
    const before = await snapshot();
    const { request } = await upload({ bytes: pdf(), name: "a.pdf", type: "application/pdf" });
    const cut = await uploadCaseDocument(world.actors.swNdb, { caseId, contentType: request.contentType, declaredLength: null, body: new Blob([new TextEncoder().encode("--x\r\n")]).stream() });
    const wrongType = await uploadCaseDocument(world.actors.swNdb, { caseId, contentType: "application/pdf", declaredLength: null, body: new Blob([pdf() as Uint8Array<ArrayBuffer>]).stream() });
    expect(cut).toEqual({ ok: false, fieldErrors: { file: "documentMissing" } });
    expect(wrongType).toEqual({ ok: false, fieldErrors: { file: "documentMissing" } });
    await request.body?.cancel();
    expect(await snapshot()).toEqual(before);
  });

  it("out of the edit scope is not found before the body is read: another centre, the national supervisor, an NGO reading the case", async () => {
    const before = await snapshot();
    for (const actor of [world.actors.swNkn, world.actors.national, world.actors.ngoA, world.actors.me, world.actors.bid]) {
      const { request, seen } = await upload({ bytes: pdf(), name: "a.pdf", type: "application/pdf" });
      await expect(uploadCaseDocument(actor, { caseId, ...request }), actor.role).rejects.toBeInstanceOf(NotFoundError);
      expect(seen.pulled, actor.role).toBe(0);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("writes the row and its audit event in one transaction: if the audit fails, no row and no file remain", async () => {
    const before = await snapshot();
    audit.fail = true;
    try {
      await expect(attach(world.actors.swNdb, caseId)).rejects.toThrow("audit write failed");
    } finally {
      audit.fail = false;
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe("listCaseDocuments", () => {
  it("lists the case's documents with who added them, newest document date first, to everyone who may read the case", async () => {
    await attach(world.actors.swNdb, caseId, { bytes: pdf(), name: "c.pdf", type: "application/pdf" }, { type: "MEDICAL_REPORT", documentDate: "2026-11-20", note: "" });
    for (const actor of [world.actors.swNdb, world.actors.supNdb, world.actors.national, world.actors.ngoA]) {
      const page = await listCaseDocuments(actor, caseId);
      expect(page.items[0], actor.role).toMatchObject({ type: "MEDICAL_REPORT", note: null, mimeType: "application/pdf", uploadedByName: "swNdb" });
      expect(page.items.map((d) => d.documentDate.getTime())).toEqual([...page.items.map((d) => d.documentDate.getTime())].sort((a, b) => b - a));
      expect(page.items[0]).not.toHaveProperty("storageKey");
    }
  });

  it("is not found outside the read scope: another centre, an NGO the child did not consent to, roles without cases", async () => {
    for (const actor of [world.actors.swNkn, world.actors.supNkn, world.actors.ngoB, world.actors.me, world.actors.admin, world.actors.panel]) {
      await expect(listCaseDocuments(actor, caseId), actor.role).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("pages 20 at a time; a page past the end shows the last one", async () => {
    for (let i = 0; i < 21; i++) await attach(world.actors.swNdb, otherCaseId, { bytes: pdf(64), name: `${i}.pdf`, type: "application/pdf" }, { type: "OTHER", documentDate: "2025-01-01" });
    const first = await listCaseDocuments(world.actors.swNdb, otherCaseId);
    const second = await listCaseDocuments(world.actors.swNdb, otherCaseId, { page: 2 });
    expect([first.items.length, first.pageCount, first.total]).toEqual([20, 2, 21]);
    expect([second.items.length, second.page]).toEqual([1, 2]);
    expect((await listCaseDocuments(world.actors.swNdb, otherCaseId, { page: 9 })).page).toBe(2);
    expect(new Set([...first.items, ...second.items].map((d) => d.id)).size).toBe(21);
  });
});

describe("getCaseDocument", () => {
  it("returns the bytes with the detected type and a file name without the child's name, and writes the access log", async () => {
    const bytes = pdf(4096);
    const attached = await attach(world.actors.swNdb, caseId, { bytes, name: "Mamadou Diallo.pdf", type: "application/pdf" }, { type: "LAISSEZ_PASSER", documentDate: "2026-10-03" });
    const documentId = attached.ok ? attached.data.documentId : "";
    for (const actor of [world.actors.supNdb, world.actors.ngoA, world.actors.national]) {
      const logs = await db.caseAccessLog.count({ where: { userId: actor.userId, caseId } });
      const document = await getCaseDocument(actor, caseId, documentId);
      expect(new Uint8Array(document.bytes)).toEqual(bytes);
      expect(document.mimeType).toBe("application/pdf");
      expect(document.fileName).toMatch(/^NDB-\d{4}-\d+_laissez-passer_2026-10-03\.pdf$/);
      expect(await db.caseAccessLog.count({ where: { userId: actor.userId, caseId } }), actor.role).toBe(logs + 1);
      // The row says which document was opened.
      const logged = await db.caseAccessLog.findFirstOrThrow({ where: { userId: actor.userId, caseId }, orderBy: { id: "desc" } });
      expect(logged).toMatchObject({ view: "document", documentId });
    }
  });

  it("is not found outside the scope, for another case's id in the URL, or for an unknown id — and logs nothing", async () => {
    const attached = await attach(world.actors.swNdb, caseId);
    const documentId = attached.ok ? attached.data.documentId : "";
    const before = await snapshot();
    for (const actor of [world.actors.swNkn, world.actors.ngoB, world.actors.me, world.actors.admin]) {
      await expect(getCaseDocument(actor, caseId, documentId), actor.role).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(getCaseDocument(world.actors.swNdb, otherCaseId, documentId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCaseDocument(world.actors.swNdb, caseId, "7b0c9d1e-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCaseDocument(world.actors.swNdb, caseId, "../../etc/passwd")).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot()).toEqual(before);
  });
});

describe("removeCaseDocument", () => {
  it("deletes the row and the file, and audits what was removed with its hash", async () => {
    const attached = await attach(world.actors.swNdb, caseId, { bytes: pdf(), name: "x.pdf", type: "application/pdf" }, { type: "SCHOOL_RECORD", documentDate: "2026-09-15", note: "Mauvais enfant" });
    const documentId = attached.ok ? attached.data.documentId : "";
    const row = await db.caseDocument.findUniqueOrThrow({ where: { id: documentId } });
    const before = await snapshot();
    expect(await removeCaseDocument(world.actors.supNdb, caseId, documentId)).toEqual({ ok: true, data: undefined });
    expect(await snapshot()).toEqual({ ...before, documents: before.documents - 1, auditEvents: before.auditEvents + 1, files: before.files - 1 });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "case.documentRemoved", entityId: documentId } });
    expect(event).toMatchObject({ actorId: world.actors.supNdb.userId, entityType: "CaseDocument" });
    expect(event.before).toMatchObject({ caseId, type: "SCHOOL_RECORD", documentDate: "2026-09-15", note: "Mauvais enfant", sha256: row.sha256, uploadedById: world.actors.swNdb.userId });
    await expect(getCaseDocument(world.actors.swNdb, caseId, documentId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeCaseDocument(world.actors.swNdb, caseId, documentId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("is not found for those who may only read the case, another centre, or another case's id; nothing changes", async () => {
    const attached = await attach(world.actors.swNdb, caseId);
    const documentId = attached.ok ? attached.data.documentId : "";
    const before = await snapshot();
    for (const actor of [world.actors.swNkn, world.actors.national, world.actors.ngoA, world.actors.bid, world.actors.me]) {
      await expect(removeCaseDocument(actor, caseId, documentId), actor.role).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(removeCaseDocument(world.actors.swNdb, otherCaseId, documentId)).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot()).toEqual(before);
  });

  it("keeps the row and the file when the audit write fails", async () => {
    const attached = await attach(world.actors.swNdb, caseId);
    const documentId = attached.ok ? attached.data.documentId : "";
    const before = await snapshot();
    audit.fail = true;
    try {
      await expect(removeCaseDocument(world.actors.swNdb, caseId, documentId)).rejects.toThrow("audit write failed");
    } finally {
      audit.fail = false;
    }
    expect(await snapshot()).toEqual(before);
    expect((await getCaseDocument(world.actors.swNdb, caseId, documentId)).mimeType).toBe("application/pdf");
  });
});

describe("the database's own limits", () => {
  it("refuses a row with a type outside the list, an empty or oversized file, or a name that does not match its type", async () => {
    const base = { caseId, type: "OTHER" as const, documentDate: new Date("2025-01-01"), mimeType: "application/pdf", sizeBytes: 10, sha256: "a".repeat(64), uploadedById: world.actors.swNdb.userId };
    const key = () => `${crypto.randomUUID().replaceAll("-", "")}.pdf`;
    for (const data of [
      { ...base, storageKey: key(), mimeType: "text/html" },
      { ...base, storageKey: key(), sizeBytes: 0 },
      { ...base, storageKey: key(), sizeBytes: MAX_DOCUMENT_BYTES + 1 },
      { ...base, storageKey: key().replace(".pdf", ".png") },
      { ...base, storageKey: "../../x.pdf" },
    ]) {
      await expect(db.caseDocument.create({ data }), JSON.stringify(data)).rejects.toThrow();
    }
  });
});
