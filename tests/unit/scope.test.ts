import { describe, it, expect } from "vitest";
import { caseEditScope, caseScope, centreScope, seesEveryCentre } from "@/lib/auth/scope";
import type { Role } from "@/lib/generated/prisma/enums";

const NONE = { id: { in: [] } };

function actor(role: Role, overrides: Partial<{ userId: string; centreIds: string[]; organisationId: string }> = {}) {
  return {
    role,
    userId: "user-1",
    centreIds: ["centre-a", "centre-b"],
    organisationId: "org-1",
    ...overrides,
  };
}

describe("caseScope", () => {
  it("social worker: own centres AND (assigned to or registered by self)", () => {
    expect(caseScope(actor("SOCIAL_WORKER"))).toEqual({
      OR: [
        { centreId: { in: ["centre-a", "centre-b"] }, OR: [{ assignedWorkerId: "user-1" }, { registeredById: "user-1" }] },
        { accessRequests: { some: { requesterId: "user-1", status: "GRANTED" } } },
      ],
    });
  });

  it("social worker: uses the actor's own ids, not constants", () => {
    expect(caseScope(actor("SOCIAL_WORKER", { userId: "u-42", centreIds: ["c-9"] }))).toEqual({
      OR: [
        { centreId: { in: ["c-9"] }, OR: [{ assignedWorkerId: "u-42" }, { registeredById: "u-42" }] },
        { accessRequests: { some: { requesterId: "u-42", status: "GRANTED" } } },
      ],
    });
  });

  it("social worker with no centre matches no centre", () => {
    expect(caseScope(actor("SOCIAL_WORKER", { centreIds: [] }))).toMatchObject({ OR: [{ centreId: { in: [] } }, {}] });
  });

  it("centre supervisor: every case of own centres, nothing else", () => {
    expect(caseScope(actor("CENTRE_SUPERVISOR"))).toEqual({ centreId: { in: ["centre-a", "centre-b"] } });
  });

  it("the returned centre list is a copy, not the actor's array", () => {
    const centreIds = ["centre-a"];
    const where = caseScope(actor("CENTRE_SUPERVISOR", { centreIds })) as { centreId: { in: string[] } };
    expect(where.centreId.in).toEqual(["centre-a"]);
    expect(where.centreId.in).not.toBe(centreIds);
  });

  it("national supervisor: all cases", () => {
    expect(caseScope(actor("NATIONAL_SUPERVISOR"))).toEqual({});
  });

  it("BID coordinator: every case ever referred for BID, in every centre", () => {
    expect(caseScope(actor("BID_COORDINATOR"))).toEqual({ bidReferrals: { some: {} } });
  });

  it("NGO caseworker: cases referred to own organisation with consent to share", () => {
    expect(caseScope(actor("NGO_CASEWORKER", { organisationId: "ngo-7" }))).toEqual({
      referrals: { some: { organisationId: "ngo-7" } },
      consentShares: { some: { organisationId: "ngo-7" } },
    });
  });

  it("edit scope: a social worker edits only the cases assigned to them in their centres", () => {
    expect(caseEditScope(actor("SOCIAL_WORKER"))).toEqual({ centreId: { in: ["centre-a", "centre-b"] }, assignedWorkerId: "user-1" });
  });

  it("edit scope: a centre supervisor edits their centres' cases", () => {
    expect(caseEditScope(actor("CENTRE_SUPERVISOR"))).toEqual({ centreId: { in: ["centre-a", "centre-b"] } });
  });

  it.each(["NATIONAL_SUPERVISOR", "BID_COORDINATOR", "PANEL_MEMBER", "NGO_CASEWORKER", "ME_OFFICER", "ADMINISTRATOR", "SUPERUSER"])(
    "edit scope: %s edits no case",
    (role) => {
      expect(caseEditScope(actor(role as Role))).toEqual(NONE);
    },
  );

  it.each(["PANEL_MEMBER", "ME_OFFICER", "ADMINISTRATOR"] as const)("%s: matches no case", (role) => {
    expect(caseScope(actor(role))).toEqual(NONE);
  });

  it.each(["SUPERUSER", "", "national_supervisor"])("unknown role %j: matches no case (fail-closed)", (role) => {
    expect(caseScope(actor(role as Role))).toEqual(NONE);
  });
});

describe("centreScope", () => {
  it("national supervisor: every centre", () => {
    expect(centreScope(actor("NATIONAL_SUPERVISOR", { centreIds: [] }))).toEqual({});
    expect(seesEveryCentre(actor("NATIONAL_SUPERVISOR"))).toBe(true);
  });

  it("centre supervisor: their own centres, by the actor's own ids", () => {
    expect(centreScope(actor("CENTRE_SUPERVISOR"))).toEqual({ id: { in: ["centre-a", "centre-b"] } });
    expect(centreScope(actor("CENTRE_SUPERVISOR", { centreIds: ["c-9"] }))).toEqual({ id: { in: ["c-9"] } });
    expect(seesEveryCentre(actor("CENTRE_SUPERVISOR"))).toBe(false);
  });

  it.each(["SOCIAL_WORKER", "BID_COORDINATOR", "PANEL_MEMBER", "NGO_CASEWORKER", "ME_OFFICER", "ADMINISTRATOR", "SUPERUSER"])(
    "%s never sees every centre; without a centre it matches none",
    (role) => {
      expect(seesEveryCentre(actor(role as Role))).toBe(false);
      expect(centreScope(actor(role as Role, { centreIds: [] }))).toEqual({ id: { in: [] } });
    },
  );
});
