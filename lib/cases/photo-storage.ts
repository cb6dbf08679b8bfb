import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { MAX_PHOTO_BYTES } from "./photo-limits";

// Photos are files outside the database's folder (`.data/uploads/photos`, or UPLOADS_DIR), named
// by random ids, and only ever served through the scope-checked route /cases/<id>/photo.
const KINDS = [
  { type: "image/jpeg", ext: "jpg", magic: [0xff, 0xd8, 0xff] },
  { type: "image/png", ext: "png", magic: [0x89, 0x50, 0x4e, 0x47] },
  { type: "image/webp", ext: "webp", magic: [0x52, 0x49, 0x46, 0x46] },
] as const;

function photosDir(): string {
  return path.join(process.env.UPLOADS_DIR ?? path.join(process.cwd(), ".data", "uploads"), "photos");
}

/** The image's kind from its first bytes (the browser's declared type is not trusted). */
export function detectImage(bytes: Uint8Array): (typeof KINDS)[number] | null {
  return KINDS.find((k) => k.magic.every((b, i) => bytes[i] === b) && (k.ext !== "webp" || String.fromCharCode(...bytes.slice(8, 12)) === "WEBP")) ?? null;
}

export type PhotoProblem = "photoMissing" | "photoTooLarge" | "photoType";

export function checkPhoto(bytes: Uint8Array): PhotoProblem | null {
  if (bytes.length === 0) return "photoMissing";
  if (bytes.length > MAX_PHOTO_BYTES) return "photoTooLarge";
  return detectImage(bytes) ? null : "photoType";
}

export async function storePhoto(bytes: Uint8Array): Promise<string> {
  const kind = detectImage(bytes)!;
  const file = `${randomBytes(16).toString("hex")}.${kind.ext}`;
  await mkdir(photosDir(), { recursive: true, mode: 0o700 });
  await writeFile(path.join(photosDir(), file), bytes, { mode: 0o600 });
  return file;
}

export async function readPhoto(file: string): Promise<{ bytes: Buffer; type: string } | null> {
  if (!/^[0-9a-f]{32}\.(jpg|png|webp)$/.test(file)) return null;
  try {
    const bytes = await readFile(path.join(photosDir(), file));
    return { bytes, type: detectImage(bytes)?.type ?? "application/octet-stream" };
  } catch {
    return null;
  }
}

export async function deletePhoto(file: string): Promise<void> {
  if (/^[0-9a-f]{32}\.(jpg|png|webp)$/.test(file)) await rm(path.join(photosDir(), file), { force: true });
}
