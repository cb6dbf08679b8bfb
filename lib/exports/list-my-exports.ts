import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { MY_EXPORTS_LIMIT } from "./export-kinds";
import { exportJobSelect, toExportJobStatus, type ExportJobStatus } from "./export.dto";
import { withStall } from "./get-export-status";
import { sweepExports } from "./sweep-exports";

/** The actor's own last exports, newest first ("My exports"): nobody sees another's jobs. */
export async function listMyExports(actor: Actor, now: Date = new Date()): Promise<ExportJobStatus[]> {
  await sweepExports(now);
  const jobs = await db.exportJob.findMany({
    where: { requestedById: actor.userId },
    select: exportJobSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MY_EXPORTS_LIMIT,
  });
  // The sweep emptied every expired file, so a DONE job before its expiry still has its content.
  return jobs.map((job) => withStall(toExportJobStatus(job, now, true), job.startedAt, now));
}
