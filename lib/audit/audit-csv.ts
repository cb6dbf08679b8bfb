import { csvField } from "@/lib/exports/indicator-table";
import type { Role } from "@/lib/generated/prisma/enums";
import type { AuditTrailRow } from "./list-audit-events";
import { metadataText } from "./audit-metadata";

/** The words of the CSV in the exporting user's language; codes stay beside them for tools. */
export type AuditCsvLabels = {
  header: readonly [at: string, user: string, email: string, role: string, action: string, actionCode: string, entity: string, entityId: string, details: string];
  action: (action: string) => string;
  entity: (entityType: string) => string;
  role: (role: Role) => string;
  noUser: string;
};

/** "2026-11-22 14:05:09 UTC": unambiguous in any language and sortable. */
const utc = (at: Date) => `${at.toISOString().slice(0, 19).replace("T", " ")} UTC`;

/**
 * The audit rows as CSV for the data-protection authority: metadata only (the rows passed the
 * allow-list), UTF-8 with a byte-order mark and CRLF lines; every text cell goes through csvField,
 * which quotes it and defuses what a spreadsheet would run as a formula (=, +, -, @ first).
 */
export function auditCsv(rows: readonly AuditTrailRow[], labels: AuditCsvLabels): Buffer {
  const lines = [
    labels.header,
    ...rows.map((row) => [
      utc(row.at),
      row.actor?.name ?? labels.noUser,
      row.actor?.email ?? "",
      row.actor ? labels.role(row.actor.role) : "",
      labels.action(row.action),
      row.action,
      labels.entity(row.entityType),
      row.entityId ?? "",
      metadataText(row.metadata),
    ]),
  ].map((cells) => cells.map((cell) => csvField(cell)).join(","));
  return Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8");
}
