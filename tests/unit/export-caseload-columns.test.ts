import { describe, expect, it } from "vitest";
import { caseloadCells, caseloadColumnsFor, caseloadHeader, type CaseloadExportRow } from "@/lib/exports/caseload-columns";
import { exportTranslator } from "@/lib/exports/export-translator";
import { ROLES } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

const SUPERVISOR = [
  "caseNumber", "lastName", "firstName", "sex", "dateOfBirth", "dateOfBirthEstimated", "age", "nationality",
  "centre", "status", "risk", "worker", "arrivalDate", "nextDue", "overdue",
];
// The product decision, literally: which columns each role's bulk file holds.
const EXPECTED: Record<Role, string[]> = {
  CENTRE_SUPERVISOR: SUPERVISOR,
  NATIONAL_SUPERVISOR: SUPERVISOR.filter((key) => key !== "firstName" && key !== "lastName"),
  SOCIAL_WORKER: [],
  BID_COORDINATOR: [],
  PANEL_MEMBER: [],
  NGO_CASEWORKER: [],
  ME_OFFICER: [],
  ADMINISTRATOR: [],
};

const row: CaseloadExportRow = {
  caseNumber: "NDB-2026-00042",
  firstName: "Awa",
  lastName: "Diallo",
  sex: "FEMALE",
  dateOfBirth: new Date("2012-03-14T00:00:00Z"),
  dateOfBirthEstimated: true,
  nationality: "GN",
  centreCode: "NDB",
  centreName: "CPISE Nouadhibou",
  status: "ASSESSMENT",
  riskLevel: null,
  assignedWorkerName: null,
  arrivalDate: new Date("2026-10-02T00:00:00Z"),
  nextDueAt: new Date("2026-11-01T00:00:00Z"),
  overdue: true,
};
const today = new Date("2026-11-22T00:00:00Z");

describe("caseload export columns", () => {
  it.each(ROLES)("%s gets exactly the columns the table says", (role) => {
    expect(caseloadColumnsFor(role).map((column) => column.key)).toEqual(EXPECTED[role]);
  });

  it("never holds family, location, health, religion or photo fields, for any role", () => {
    const forbidden = /family|phone|location|place|health|disab|religion|photo|journey|separation|consent/i;
    for (const role of ROLES) for (const column of caseloadColumnsFor(role)) expect(column.key).not.toMatch(forbidden);
  });

  it("translates the header and values in the requester's language, dates as real dates", () => {
    const columns = caseloadColumnsFor("CENTRE_SUPERVISOR");
    const fr = exportTranslator("fr");
    expect(caseloadHeader(columns, fr).slice(0, 3)).toEqual(["N° de dossier", "Nom de famille", "Prénom(s)"]);
    const cells = caseloadCells(columns, row, { t: fr, locale: "fr", today });
    expect(cells).toEqual([
      "NDB-2026-00042", "Diallo", "Awa", "Fille", row.dateOfBirth, "Oui", 14, "Guinée",
      "NDB — CPISE Nouadhibou", "Évaluation", "Non évalué", "Non assigné", row.arrivalDate, row.nextDueAt, "Oui",
    ]);
    const ar = exportTranslator("ar");
    expect(caseloadHeader(columns, ar)[0]).toBe("رقم الملف");
    expect(caseloadCells(columns, row, { t: ar, locale: "ar", today })[3]).not.toBe("Fille");
  });

  it("the national supervisor's row has the case number and no name", () => {
    const columns = caseloadColumnsFor("NATIONAL_SUPERVISOR");
    const cells = caseloadCells(columns, row, { t: exportTranslator("en"), locale: "en", today });
    expect(cells[0]).toBe("NDB-2026-00042");
    expect(cells).not.toContain("Awa");
    expect(cells).not.toContain("Diallo");
  });
});
