import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { EXPORT_STALL_MS } from "./export-kinds";
import { exportJobSelect, toExportJobStatus, type ExportJobStatus } from "./export.dto";
import { isUuid } from "@/lib/validation/uuid";

/** Only the requester sees a job; anyone else (or a malformed id) gets NotFoundError. */
export async function getExportStatus(actor: Actor, jobId: string, now: Date = new Date()): Promise<ExportJobStatus> {
  if (!isUuid(jobId)) throw new NotFoundError();
  const job = await db.exportJob.findFirst({
    where: { id: jobId, requestedById: actor.userId },
    select: { ...exportJobSelect, content: false },
  });
  if (!job) throw new NotFoundError();
  const hasContent = job.status === "DONE" && (await db.exportJob.count({ where: { id: jobId, content: { not: null } } })) > 0;
  return withStall(toExportJobStatus(job, now, hasContent), job.startedAt, now);
}

/** A job that stopped making progress is shown as failed, whether or not the sweep got to it yet. */
export function withStall(status: ExportJobStatus, startedAt: Date | null, now: Date): ExportJobStatus {
  const since = (status.status === "RUNNING" ? startedAt : status.status === "QUEUED" ? status.createdAt : null)?.getTime();
  if (since === undefined || now.getTime() - since < EXPORT_STALL_MS) return status;
  return { ...status, status: "FAILED", error: "stalled", downloadable: false };
}
