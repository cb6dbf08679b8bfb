// What leaves the DAL about an export job: never the file's bytes, never its params' raw JSON.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ExportKind, ExportStatus } from "@/lib/generated/prisma/enums";

export type ExportJobStatus = {
  id: string;
  kind: ExportKind;
  status: ExportStatus;
  rowsDone: number;
  rowsTotal: number | null;
  /** A message key (under "exports.errors") when FAILED. */
  error: string | null;
  fileName: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  expiresAt: Date;
  /** DONE, not expired, file still there: the download link works. */
  downloadable: boolean;
};

export const exportJobSelect = {
  id: true,
  kind: true,
  status: true,
  rowsDone: true,
  rowsTotal: true,
  error: true,
  fileName: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
  expiresAt: true,
} as const;

type Row = Prisma.ExportJobGetPayload<{ select: typeof exportJobSelect }>;

export function toExportJobStatus(row: Row, now: Date, hasContent: boolean): ExportJobStatus {
  const expired = row.expiresAt.getTime() <= now.getTime();
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    rowsDone: row.rowsDone,
    rowsTotal: row.rowsTotal,
    error: row.error,
    fileName: row.fileName,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
    expiresAt: row.expiresAt,
    downloadable: row.status === "DONE" && !expired && hasContent,
  };
}
