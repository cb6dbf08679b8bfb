// What can be exported, who may ask for what, and how long a file is kept. Pure (no server-only):
// the export button and the /exports page read the same definitions as the data layer.
import type { Permission } from "@/lib/auth/permissions";
import type { ExportKind } from "@/lib/generated/prisma/enums";

export const EXPORT_KINDS = ["CASELOAD_XLSX", "INDICATORS_XLSX", "INDICATORS_CSV"] as const satisfies readonly ExportKind[];

export function isExportKind(value: unknown): value is ExportKind {
  return typeof value === "string" && (EXPORT_KINDS as readonly string[]).includes(value);
}

/** The permission each kind needs; an unknown kind needs one nobody has (fail closed). */
export const EXPORT_PERMISSION: Record<ExportKind, Permission> = {
  CASELOAD_XLSX: "case:export",
  INDICATORS_XLSX: "report:indicators",
  INDICATORS_CSV: "report:indicators",
};

/** A finished file is kept this long, then emptied (content = null) and no longer downloadable. */
export const EXPORT_TTL_MS = 24 * 60 * 60 * 1000;
/** A job QUEUED or RUNNING with no progress for this long is reported as failed (its worker died). */
export const EXPORT_STALL_MS = 10 * 60 * 1000;
/** Rows read and written per batch; progress is saved after each. */
export const EXPORT_BATCH_SIZE = 500;
/** How many of the requester's jobs /exports lists. */
export const MY_EXPORTS_LIMIT = 20;

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";

/** "cpise-caseload-2026-11-22-1405.xlsx": the kind and the time of generation, no personal data. */
export function exportFileName(kind: ExportKind, at: Date): string {
  const stamp = at.toISOString().slice(0, 16).replace("T", "-").replace(":", "");
  switch (kind) {
    case "CASELOAD_XLSX":
      return `cpise-caseload-${stamp}.xlsx`;
    case "INDICATORS_XLSX":
      return `cpise-indicators-${stamp}.xlsx`;
    case "INDICATORS_CSV":
      return `cpise-indicators-${stamp}.csv`;
  }
}
