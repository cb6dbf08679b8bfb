import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { EXPORT_PERMISSION } from "./export-kinds";
import { isUuid } from "@/lib/validation/uuid";

export type ExportFile = { fileName: string; contentType: string; content: Uint8Array };

/**
 * The file of a finished export, for its requester only, while it has not expired and they still
 * hold the permission; audited as `export.downloaded`. Anything else is NotFoundError.
 */
export async function downloadExport(actor: Actor, jobId: string, now: Date = new Date()): Promise<ExportFile> {
  if (!isUuid(jobId)) throw new NotFoundError();
  return db.$transaction(async (tx) => {
    const job = await tx.exportJob.findFirst({
      where: { id: jobId, requestedById: actor.userId, status: "DONE", expiresAt: { gt: now }, content: { not: null } },
      select: { id: true, kind: true, fileName: true, contentType: true, content: true },
    });
    if (!job || !job.content || !job.fileName || !job.contentType || !can(actor, EXPORT_PERMISSION[job.kind])) {
      throw new NotFoundError();
    }
    await writeAuditEvent(tx, actor.userId, {
      action: "export.downloaded",
      entityType: "ExportJob",
      entityId: job.id,
      after: { kind: job.kind, fileName: job.fileName },
    });
    return { fileName: job.fileName, contentType: job.contentType, content: job.content };
  });
}
