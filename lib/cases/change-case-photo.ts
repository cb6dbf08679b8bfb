import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { recordCaseEvent } from "./case-events";
import { findCaseForWrite, updateCaseVersioned } from "./case-write";
import { checkPhoto, deletePhoto, storePhoto } from "./photo-storage";

/** Replaces (bytes) or removes (null) the child's photo. The file is written before the row. */
export async function changeCasePhoto(
  actor: Actor,
  input: { caseId: string; version: number; bytes: Uint8Array | null },
): Promise<WriteResult<{ version: number }>> {
  if (input.bytes) {
    const problem = checkPhoto(input.bytes);
    if (problem) return { ok: false, fieldErrors: { photo: problem } };
  }
  const file = input.bytes ? await storePhoto(input.bytes) : null;
  try {
    const { previous, version } = await db.$transaction(async (tx) => {
      const current = await findCaseForWrite(tx, actor, input.caseId, { permission: "case:edit" });
      const { photoFile } = await tx.case.findUniqueOrThrow({ where: { id: input.caseId }, select: { photoFile: true } });
      await updateCaseVersioned(tx, actor, input.caseId, input.version, { photoFile: file });
      await recordCaseEvent(tx, input.caseId, actor.userId, { type: "case.updated", data: { sections: ["photo"] } });
      await writeAuditEvent(tx, actor.userId, {
        action: "case.photoChanged",
        entityType: "Case",
        entityId: input.caseId,
        before: { hadPhoto: photoFile !== null },
        after: { hasPhoto: file !== null },
      });
      return { previous: photoFile, version: current.version + 1 };
    });
    if (previous) await deletePhoto(previous);
    return { ok: true, data: { version } };
  } catch (error) {
    if (file) await deletePhoto(file);
    throw error;
  }
}
