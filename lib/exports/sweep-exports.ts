import "server-only";
import { db } from "@/lib/db";
import { EXPORT_STALL_MS } from "./export-kinds";

/**
 * Opportunistic housekeeping, run when exports are requested or listed (there is no scheduler):
 * expired files are emptied, and jobs still QUEUED or RUNNING EXPORT_STALL_MS after they were
 * asked for / started (their worker died with the server) are marked FAILED. The table has no
 * "last progress" column, so this counts from `startedAt`: a 100 000-row caseload takes well under
 * a minute in batches, so ten minutes without finishing means no progress.
 */
export async function sweepExports(now: Date = new Date()): Promise<void> {
  const stalledBefore = new Date(now.getTime() - EXPORT_STALL_MS);
  await db.$transaction([
    db.exportJob.updateMany({ where: { expiresAt: { lte: now }, content: { not: null } }, data: { content: null } }),
    db.exportJob.updateMany({
      where: {
        OR: [
          { status: "QUEUED", createdAt: { lt: stalledBefore } },
          { status: "RUNNING", startedAt: { lt: stalledBefore } },
        ],
      },
      data: { status: "FAILED", error: "stalled", finishedAt: now },
    }),
  ]);
}
