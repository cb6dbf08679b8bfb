// The caseload export's columns, by role. Pure: the one place that says which fields of a case
// may leave the system in a bulk file. Never family contacts or locations, health, religion or the
// photo; the national supervisor's file has no names (national oversight needs numbers, not
// children's names, in a spreadsheet that can travel). A role not listed gets no columns (fail closed).
import type { Role } from "@/lib/generated/prisma/enums";
import type { CaseStatus, RiskLevel, Sex } from "@/lib/generated/prisma/enums";
import { ageOn } from "@/lib/dates/calendar";
import { countryName } from "@/lib/reference/countries";
import type { ExportTranslator } from "./export-translator";

/** What the export reads of a case: named fields only (lib/exports/run-export.ts selects them). */
export type CaseloadExportRow = {
  caseNumber: string;
  firstName: string;
  lastName: string;
  sex: Sex;
  dateOfBirth: Date;
  dateOfBirthEstimated: boolean;
  nationality: string;
  centreCode: string;
  centreName: string;
  status: CaseStatus;
  riskLevel: RiskLevel | null;
  assignedWorkerName: string | null;
  arrivalDate: Date;
  /** Null for a finished case (nothing left to do). */
  nextDueAt: Date | null;
  overdue: boolean;
};

export type CellValue = string | number | Date | null;

export type ExportContext = { t: ExportTranslator; locale: string; today: Date };

export type CaseloadColumn = {
  key: string;
  /** Excel column width, in characters. */
  width: number;
  /** "date": a real Excel date (a Date value, shown with a date format). */
  format?: "date";
  value: (row: CaseloadExportRow, context: ExportContext) => CellValue;
};

const COLUMNS = {
  caseNumber: { key: "caseNumber", width: 18, value: (row) => row.caseNumber },
  lastName: { key: "lastName", width: 20, value: (row) => row.lastName },
  firstName: { key: "firstName", width: 20, value: (row) => row.firstName },
  sex: { key: "sex", width: 10, value: (row, { t }) => t(`sex.${row.sex}`) },
  dateOfBirth: { key: "dateOfBirth", width: 14, format: "date", value: (row) => row.dateOfBirth },
  dateOfBirthEstimated: {
    key: "dateOfBirthEstimated",
    width: 12,
    value: (row, { t }) => t(row.dateOfBirthEstimated ? "exports.yes" : "exports.no"),
  },
  age: { key: "age", width: 8, value: (row, { today }) => ageOn(row.dateOfBirth, today) },
  nationality: { key: "nationality", width: 18, value: (row, { locale }) => countryName(row.nationality, locale) },
  centre: { key: "centre", width: 24, value: (row) => `${row.centreCode} — ${row.centreName}` },
  status: { key: "status", width: 16, value: (row, { t }) => t(`status.${row.status}`) },
  risk: { key: "risk", width: 10, value: (row, { t }) => (row.riskLevel ? t(`risk.${row.riskLevel}`) : t("exports.notAssessed")) },
  worker: { key: "worker", width: 24, value: (row, { t }) => row.assignedWorkerName ?? t("caseload.unassigned") },
  arrivalDate: { key: "arrivalDate", width: 14, format: "date", value: (row) => row.arrivalDate },
  nextDue: { key: "nextDue", width: 14, format: "date", value: (row) => row.nextDueAt },
  overdue: { key: "overdue", width: 10, value: (row, { t }) => t(row.overdue ? "exports.yes" : "exports.no") },
} satisfies Record<string, CaseloadColumn>;

type ColumnKey = keyof typeof COLUMNS;

const WITH_NAMES: ColumnKey[] = [
  "caseNumber",
  "lastName",
  "firstName",
  "sex",
  "dateOfBirth",
  "dateOfBirthEstimated",
  "age",
  "nationality",
  "centre",
  "status",
  "risk",
  "worker",
  "arrivalDate",
  "nextDue",
  "overdue",
];

const COLUMNS_BY_ROLE: Partial<Record<Role, ColumnKey[]>> = {
  CENTRE_SUPERVISOR: WITH_NAMES,
  NATIONAL_SUPERVISOR: WITH_NAMES.filter((key) => key !== "firstName" && key !== "lastName"),
};

/** The columns a role's caseload export holds, in order; none for a role that may not export. */
export function caseloadColumnsFor(role: Role): CaseloadColumn[] {
  return (COLUMNS_BY_ROLE[role] ?? []).map((key) => COLUMNS[key]);
}

/** Whether a role's caseload export names the children (the national supervisor's does not). */
export function caseloadExportHasNames(role: Role): boolean {
  return caseloadColumnsFor(role).some((column) => column.key === "firstName" || column.key === "lastName");
}

/** The header row, in the requester's language. */
export function caseloadHeader(columns: CaseloadColumn[], t: ExportTranslator): string[] {
  return columns.map((column) => t(`exports.caseloadColumns.${column.key}`));
}

export function caseloadCells(columns: CaseloadColumn[], row: CaseloadExportRow, context: ExportContext): CellValue[] {
  return columns.map((column) => column.value(row, context));
}
