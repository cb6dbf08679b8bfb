import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";
import { readLimitedBody } from "@/lib/http/read-limited-body";
import { isUuid } from "@/lib/validation/uuid";
import { changeCasePhoto } from "./change-case-photo";
import { MAX_PHOTO_BYTES } from "./photo-limits";

const tooLarge: WriteResult<{ version: number }> = { ok: false, fieldErrors: { photo: "photoTooLarge" } };

/**
 * A photo sent as the raw body of an upload request (the route handler, not a server action,
 * whose body limit is 1 MB). The size is checked from the declared length and again while
 * reading, before anything is stored; then the same checks and audited write as changeCasePhoto.
 */
export async function uploadCasePhoto(
  actor: Actor,
  input: { caseId: string; version: number; declaredLength: number | null; body: ReadableStream<Uint8Array> | null },
): Promise<WriteResult<{ version: number }>> {
  // Refused before the body is read; the scope itself is checked inside changeCasePhoto's transaction.
  if (!can(actor, "case:edit") || !isUuid(input.caseId)) throw new NotFoundError();
  if (input.declaredLength !== null && input.declaredLength > MAX_PHOTO_BYTES) {
    await input.body?.cancel();
    return tooLarge;
  }
  const bytes = await readLimitedBody(input.body, MAX_PHOTO_BYTES);
  if (bytes === "tooLarge") return tooLarge;
  return changeCasePhoto(actor, { caseId: input.caseId, version: input.version, bytes });
}
