import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { DocumentKind } from "./document-kind";

// Stored like the photo (lib/cases/photo-storage.ts): files outside the database's folder
// (`.data/uploads/documents`, or UPLOADS_DIR), owner-only, named by random ids with the extension
// of the type detected from their bytes, and only ever served through the scope-checked route
// /cases/<id>/documents/<documentId>. The row holds the name, the size and the SHA-256.
const STORAGE_KEY = /^[0-9a-f]{32}\.(pdf|jpg|png)$/;

function documentsDir(): string {
  return path.join(process.env.UPLOADS_DIR ?? path.join(process.cwd(), ".data", "uploads"), "documents");
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Writes the file and returns its storage key. */
export async function storeDocument(bytes: Uint8Array, kind: DocumentKind): Promise<string> {
  const key = `${randomBytes(16).toString("hex")}.${kind.ext}`;
  await mkdir(documentsDir(), { recursive: true, mode: 0o700 });
  await writeFile(path.join(documentsDir(), key), bytes, { mode: 0o600, flag: "wx" });
  return key;
}

export async function readDocument(key: string): Promise<Buffer | null> {
  if (!STORAGE_KEY.test(key)) return null;
  try {
    return await readFile(path.join(documentsDir(), key));
  } catch {
    return null;
  }
}

export async function deleteDocument(key: string): Promise<void> {
  if (STORAGE_KEY.test(key)) await rm(path.join(documentsDir(), key), { force: true });
}
