// What the administrator sees of an audit row (docs/adr/0030-what-the-audit-trail-shows.md): the
// allow-listed fields of its action, fail-closed; the filters read from the URL; the CSV.
import { describe, expect, it } from "vitest";
import { auditCsv, type AuditCsvLabels } from "@/lib/audit/audit-csv";
import { parseAuditFilters, auditFilterParams } from "@/lib/audit/audit-filters";
import { AUDIT_ACTIONS, AUDIT_METADATA, auditMetadata, changedFieldNames, metadataText } from "@/lib/audit/audit-metadata";
import { fieldChanges } from "@/lib/audit/field-changes";
import type { AuditTrailRow } from "@/lib/audit/list-audit-events";

describe("auditMetadata (the administrator's allow-list)", () => {
  it("shows only the listed fields of a known action, never its free text", () => {
    const shown = auditMetadata(
      "case.noteAdded",
      undefined,
      { caseId: "c-1", type: "HOME_VISIT", date: "2026-11-02", summary: "L'enfant a peur de son oncle", nextVisitDate: null },
    );
    expect(shown).toEqual({ fields: [{ field: "caseId", after: "c-1" }, { field: "type", after: "HOME_VISIT" }, { field: "date", after: "2026-11-02" }], changedFields: [] });
    expect(JSON.stringify(shown)).not.toContain("oncle");
  });

  it("shows nothing of an unknown action, however harmless its fields look", () => {
    expect(auditMetadata("case.deleted", { status: "OPEN" }, { status: "CLOSED", firstName: "Awa" })).toEqual({ fields: [], changedFields: [] });
    // Not an own key of the map: a prototype name is unknown too.
    expect(auditMetadata("toString", null, { status: "x" })).toEqual({ fields: [], changedFields: [] });
  });

  it("ignores a field that is listed for another action, and values that are not scalars", () => {
    expect(auditMetadata("case.reassigned", { assignedWorkerId: null }, { assignedWorkerId: "u-2", reason: "Départ", status: "OPEN" })).toEqual({
      fields: [{ field: "assignedWorkerId", before: "—", after: "u-2" }],
      changedFields: [],
    });
    expect(auditMetadata("case.registered", undefined, { centreId: { nested: "Awa" }, status: "OPEN" }).fields).toEqual([{ field: "status", after: "OPEN" }]);
  });

  it("gives the names of the changed fields, not their values, where the action allows it", () => {
    const shown = auditMetadata(
      "case.riskSet",
      { riskLevel: "LOW", riskReasonCode: null, riskReason: null },
      { riskLevel: "HIGH", riskReasonCode: "OTHER", riskReason: "Menaces du passeur" },
    );
    expect(shown).toEqual({ fields: [], changedFields: ["riskLevel", "riskReason", "riskReasonCode"] });
    expect(JSON.stringify(shown)).not.toMatch(/HIGH|passeur/);
    expect(changedFieldNames({ section: "identity", a: 1, b: [1] }, { section: "identity", a: 1, b: [2] })).toEqual(["b"]);
  });

  it("never lists a field whose name says it holds names, free text or the child's details", () => {
    const forbidden = /name|summary|reason|note|views|address|phone|observation|concern|dateOfBirth|sex|nationality|outcome|goals|expertise|venue|remoteLink|queryKey|caseNumbers/i;
    // Centres and organisations are the administrator's own records: their names are institutions'.
    const administrative = /^(centre|organisation)\./;
    for (const action of AUDIT_ACTIONS.filter((a) => !administrative.test(a))) {
      const fields = AUDIT_METADATA[action].show as readonly string[];
      // A file name is built from the case number, the kind and the date (never a name).
      expect(fields.filter((f) => f !== "fileName" && forbidden.test(f)), action).toEqual([]);
    }
  });

  it("writes the metadata as one line for the CSV", () => {
    expect(metadataText({ fields: [{ field: "status", before: "SUBMITTED", after: "APPROVED" }, { field: "caseId", after: "c" }], changedFields: ["goals"] })).toBe(
      "status: SUBMITTED → APPROVED; caseId: c; changed: goals",
    );
  });
});

describe("fieldChanges (the supervisor's change history)", () => {
  it("lists each changed field with its values, lists as text, and leaves unchanged fields out", () => {
    expect(
      fieldChanges(
        { section: "identity", firstName: "Awa", languages: ["fr"], alive: true },
        { section: "identity", firstName: "Awa", languages: ["fr", "ff"], alive: false, members: [{ name: "Oumar" }] },
      ),
    ).toEqual([
      { field: "languages", before: "fr", after: "fr, ff" },
      { field: "alive", before: "true", after: "false" },
      { field: "members", before: null, after: '[{"name":"Oumar"}]' },
    ]);
    expect(fieldChanges(null, undefined)).toEqual([]);
  });
});

describe("parseAuditFilters", () => {
  it("keeps valid filters and reports each invalid value against its field", () => {
    const user = "7b0c9d1e-0000-4000-8000-000000000001";
    const ok = parseAuditFilters({ user, action: "case.noteAdded", entity: "CaseNote", from: "2026-01-01", to: "2026-01-31", before: "120" });
    expect(ok).toMatchObject({ filters: { actorId: user, action: "case.noteAdded", entityType: "CaseNote", from: "2026-01-01", to: "2026-01-31" }, problems: {}, cursor: { before: 120n } });
    expect(auditFilterParams(ok.filters)).toEqual({ user, action: "case.noteAdded", entity: "CaseNote", from: "2026-01-01", to: "2026-01-31" });

    const bad = parseAuditFilters({ user: "admin", action: "case.deleted", entity: "Child", from: "2026-02-30", to: "31/01/2026", before: "1; drop" });
    expect(bad).toMatchObject({ filters: {}, problems: { user: "invalid", action: "invalid", entity: "invalid", from: "invalid", to: "invalid" }, cursor: {} });
    expect(bad.values.from).toBe("2026-02-30");

    expect(parseAuditFilters({ from: "2026-03-02", to: "2026-03-01" })).toMatchObject({ filters: {}, problems: { to: "toBeforeFrom" } });
    expect(parseAuditFilters({ action: ["auth.logout", "x"], after: "5" })).toMatchObject({ filters: { action: "auth.logout" }, cursor: { after: 5n } });
    // Rows per page: one of the offered sizes, else the default.
    expect(parseAuditFilters({ size: "10" }).pageSize).toBe(10);
    expect(parseAuditFilters({ size: "100000" }).pageSize).toBe(50);
  });
});

describe("auditCsv", () => {
  const labels: AuditCsvLabels = {
    header: ["Date", "Utilisateur", "E-mail", "Rôle", "Action", "Code", "Type", "Id", "Détails"],
    action: () => "Note ajoutée",
    entity: () => "Note",
    role: () => "Administrateur·rice",
    noUser: "(aucun)",
  };
  const row = (name: string, details: AuditTrailRow["metadata"] = { fields: [], changedFields: [] }): AuditTrailRow => ({
    id: "1",
    at: new Date("2026-11-22T14:05:09.123Z"),
    actor: { name, email: "a@b.c", role: "ADMINISTRATOR" },
    action: "case.noteAdded",
    entityType: "CaseNote",
    entityId: "n-1",
    metadata: details,
  });

  it("writes a UTF-8 CSV with a byte-order mark and CRLF lines, quoting what needs it", () => {
    const text = auditCsv([row("Sy, Aminata", { fields: [{ field: "type", after: "NOTE" }], changedFields: [] })], labels).toString("utf8");
    expect(text).toBe(
      "\uFEFFDate,Utilisateur,E-mail,Rôle,Action,Code,Type,Id,Détails\r\n" +
        '2026-11-22 14:05:09 UTC,"Sy, Aminata",a@b.c,Administrateur·rice,Note ajoutée,case.noteAdded,Note,n-1,type: NOTE\r\n',
    );
  });

  it("defuses cells a spreadsheet would run as a formula (= + - @ first)", () => {
    const text = auditCsv([row("=1+2"), row("+33 cmd"), row("-2"), row("@SUM(A1)"), row('=HYPERLINK("http://x")')], labels).toString("utf8");
    const names = text.trim().split("\r\n").slice(1).map((line) => line.split(",")[1]);
    expect(names).toEqual(["'=1+2", "'+33 cmd", "'-2", "'@SUM(A1)", `"'=HYPERLINK(""http://x"")"`]);
  });

  it("names a row without a user", () => {
    const text = auditCsv([{ ...row("x"), actor: null }], labels).toString("utf8");
    expect(text.split("\r\n")[1]).toBe("2026-11-22 14:05:09 UTC,(aucun),,,Note ajoutée,case.noteAdded,Note,n-1,");
  });
});
