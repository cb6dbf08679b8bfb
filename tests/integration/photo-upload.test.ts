import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getCasePhoto } from "@/lib/cases/get-case-photo";
import { MAX_PHOTO_BYTES } from "@/lib/cases/photo-limits";
import { registerChild } from "@/lib/cases/register-child";
import { uploadCasePhoto } from "@/lib/cases/upload-case-photo";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { counts, createWorld, validChild, type World } from "./fixtures";

let world: World;
let caseId: string;
let uploads: string;

/** A PNG signature followed by padding: what the server sniffs, at any size. */
function png(size: number): Uint8Array {
  const bytes = new Uint8Array(size).fill(7);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return bytes;
}

/** The body as a browser sends it: in chunks, with a count of the chunks the server pulled. */
function body(bytes: Uint8Array, chunkSize = 64 * 1024) {
  const seen = { pulled: 0 };
  let offset = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (offset >= bytes.length) return controller.close();
        seen.pulled++;
        controller.enqueue(bytes.slice(offset, offset + chunkSize));
        offset += chunkSize;
      },
    },
    { highWaterMark: 0 }, // pulled only when the server reads
  );
  return { stream, seen };
}

const storedFiles = () => {
  try {
    return readdirSync(path.join(uploads, "photos")).length;
  } catch {
    return 0;
  }
};

async function snapshot() {
  const row = await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { version: true, photoFile: true } });
  return { ...(await counts()), ...row, files: storedFiles(), photoAudits: await db.auditEvent.count({ where: { action: "case.photoChanged" } }) };
}

beforeAll(async () => {
  uploads = mkdtempSync(path.join(tmpdir(), "uploads-"));
  process.env.UPLOADS_DIR = uploads;
  world = await createWorld();
  const result = await registerChild(world.actors.swNdb, validChild());
  if (!result.ok) throw new Error("registration failed");
  caseId = result.data.caseId;
});

describe("uploading a photo as a request body", () => {
  it("accepts a 1.5 MB photo (over the 1 MB a server action allows), stores it and audits the change", async () => {
    const before = await snapshot();
    const photo = png(1.5 * 1024 * 1024);
    const { stream } = body(photo);
    const result = await uploadCasePhoto(world.actors.swNdb, { caseId, version: before.version, declaredLength: photo.length, body: stream });
    expect(result).toEqual({ ok: true, data: { version: before.version + 1 } });
    expect((await getCasePhoto(world.actors.swNdb, caseId)).bytes.length).toBe(photo.length);
    const after = await snapshot();
    expect(after.photoAudits).toBe(before.photoAudits + 1);
    expect(after.files).toBe(before.files + 1);
  });

  it("accepts exactly 5 MB", async () => {
    const { version } = await snapshot();
    const photo = png(MAX_PHOTO_BYTES);
    const result = await uploadCasePhoto(world.actors.swNdb, { caseId, version, declaredLength: photo.length, body: body(photo).stream });
    expect(result.ok).toBe(true);
  });

  it("refuses 6 MB as too large from its declared length, without reading it, and writes nothing", async () => {
    const before = await snapshot();
    const photo = png(6 * 1024 * 1024);
    const { stream, seen } = body(photo);
    const result = await uploadCasePhoto(world.actors.swNdb, { caseId, version: before.version, declaredLength: photo.length, body: stream });
    expect(result).toEqual({ ok: false, fieldErrors: { photo: "photoTooLarge" } });
    expect(seen.pulled).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses 6 MB sent without a length, stopping as soon as 5 MB are passed, and writes nothing", async () => {
    const before = await snapshot();
    const photo = png(6 * 1024 * 1024);
    const { stream, seen } = body(photo);
    const result = await uploadCasePhoto(world.actors.swNdb, { caseId, version: before.version, declaredLength: null, body: stream });
    expect(result).toEqual({ ok: false, fieldErrors: { photo: "photoTooLarge" } });
    expect(seen.pulled).toBeLessThanOrEqual(MAX_PHOTO_BYTES / (64 * 1024) + 1);
    expect(await snapshot()).toEqual(before);
  });

  it("still sniffs the type: a PDF under 5 MB is refused and nothing is written", async () => {
    const before = await snapshot();
    const pdf = new TextEncoder().encode("%PDF-1.7 not an image".padEnd(2 * 1024 * 1024, " "));
    const result = await uploadCasePhoto(world.actors.swNdb, { caseId, version: before.version, declaredLength: pdf.length, body: body(pdf).stream });
    expect(result).toEqual({ ok: false, fieldErrors: { photo: "photoType" } });
    expect(await snapshot()).toEqual(before);
  });

  it("out of scope is not found, and no file is left behind", async () => {
    const before = await snapshot();
    const photo = png(1024 * 1024);
    await expect(
      uploadCasePhoto(world.actors.swNkn, { caseId, version: before.version, declaredLength: photo.length, body: body(photo).stream }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot()).toEqual(before);
  });

  it("a role that may not edit cases is not found before the body is read", async () => {
    const before = await snapshot();
    const { stream, seen } = body(png(1024));
    await expect(uploadCasePhoto(world.actors.me, { caseId, version: before.version, declaredLength: 1024, body: stream })).rejects.toBeInstanceOf(NotFoundError);
    expect(seen.pulled).toBe(0);
    expect(await snapshot()).toEqual(before);
  });
});
