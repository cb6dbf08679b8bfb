// The audit event union types `before` and `after` per action: a payload that does not match its
// action does not compile. `npm run typecheck` checks the `@ts-expect-error` lines (an unneeded one
// fails it too); the runtime assertions only keep the objects in use.
import { describe, expect, expectTypeOf, it } from "vitest";
import type { AuditAction, AuditEvent } from "@/lib/audit/audit-events";

type Of<A extends AuditAction> = Extract<AuditEvent, { action: A }>;

describe("audit event payloads, typed per action", () => {
  it("accepts the payload each action records", () => {
    const reassigned: AuditEvent = {
      action: "case.reassigned",
      entityType: "Case",
      entityId: "case-1",
      before: { assignedWorkerId: null },
      after: { assignedWorkerId: "user-2", reason: "Charge de travail" },
    };
    const locked: AuditEvent = { action: "auth.account.locked", entityType: "LoginThrottle", entityId: null, after: { email: "x@y.z" } };
    expect([reassigned.action, locked.action]).toEqual(["case.reassigned", "auth.account.locked"]);
    expectTypeOf<Of<"case.riskSet">["after"]>().toEqualTypeOf<{ riskLevel: "HIGH" | "MEDIUM" | "LOW" | "NONE"; riskReasonCode: "RAN_AWAY" | "OTHER"; riskReason: string | null }>();
    expectTypeOf<Of<"auth.logout">>().not.toHaveProperty("after");
  });

  it("refuses a payload that does not match its action", () => {
    const wrong: AuditEvent[] = [
      // @ts-expect-error a field another action records (the reassignment has no `riskLevel`)
      { action: "case.reassigned", entityType: "Case", entityId: "c", before: { assignedWorkerId: null }, after: { riskLevel: "HIGH" } },
      // @ts-expect-error a value outside the field's type
      { action: "case.riskSet", entityType: "Case", entityId: "c", before: { riskLevel: null, riskReasonCode: null, riskReason: null }, after: { riskLevel: "EXTREME", riskReasonCode: "OTHER", riskReason: "x" } },
      // @ts-expect-error `before` is required for a change
      { action: "case.photoChanged", entityType: "Case", entityId: "c", after: { hasPhoto: true } },
      // @ts-expect-error the entity type belongs to another action
      { action: "export.downloaded", entityType: "Case", entityId: "c", after: { kind: "CASELOAD_XLSX", fileName: "f.xlsx" } },
      // @ts-expect-error a Date is not JSON: dates are stored as ISO strings
      { action: "case.noteAdded", entityType: "CaseNote", entityId: "n", after: { caseId: "c", type: "NOTE", date: new Date(), summary: "s", nextVisitDate: null } },
      // @ts-expect-error an action that does not exist
      { action: "case.deleted", entityType: "Case", entityId: "c" },
    ];
    expect(wrong).toHaveLength(6);
  });
});
