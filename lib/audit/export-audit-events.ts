import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { auditCsv, type AuditCsvLabels } from "./audit-csv";
import type { AuditFilters } from "./audit-filters";
import { readAuditRows, type AuditTrailRow } from "./list-audit-events";
import { writeAuditEvent } from "./write-audit-event";

/** At most this many events per file, newest first: narrow the dates to export older ones. */
export const AUDIT_EXPORT_MAX_ROWS = 50_000;
const BATCH = 5_000;

/**
 * The filtered audit trail as CSV (metadata only) for the administrator (audit:read); anyone else
 * NotFoundError. Read in batches by id inside one transaction, which also writes `audit.exported`
 * with the filters and the number of rows: the export is itself in the trail.
 */
export async function exportAuditEvents(
  actor: Actor,
  filters: AuditFilters,
  labels: AuditCsvLabels,
  maxRows = AUDIT_EXPORT_MAX_ROWS,
): Promise<{ csv: Buffer; rows: number; capped: boolean }> {
  if (!can(actor, "audit:read")) throw new NotFoundError();
  return db.$transaction(
    async (tx) => {
      const rows: AuditTrailRow[] = [];
      let before: bigint | undefined;
      while (rows.length < maxRows + 1) {
        const batch = await readAuditRows(tx, filters, Math.min(BATCH, maxRows + 1 - rows.length), before);
        rows.push(...batch);
        if (batch.length === 0 || batch.length < BATCH) break;
        before = BigInt(batch[batch.length - 1].id);
      }
      const capped = rows.length > maxRows;
      const kept = rows.slice(0, maxRows);
      await writeAuditEvent(tx, actor.userId, { action: "audit.exported", entityType: "AuditEvent", entityId: null, after: { ...filters, rows: kept.length, capped } });
      return { csv: auditCsv(kept, labels), rows: kept.length, capped };
    },
    { timeout: 60_000 },
  );
}
