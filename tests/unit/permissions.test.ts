import { describe, it, expect } from "vitest";
import { can, PERMISSIONS, permissionsOf, ROLES, type Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

// The product decision, written out literally. Adding a role or a permission makes the
// "covers exactly" tests below fail until this table is updated on purpose.
const T = true;
const F = false;
// prettier-ignore
const EXPECTED: Record<Role, Record<Permission, boolean>> = {
  SOCIAL_WORKER:       { "case:read": T, "case:register": T, "case:edit": T, "case:note": T, "case:note:referred": F, "caseload:own": T, "case:request-access": T, "case:approve": F, "case:assign": F, "placement:manage": T, "placement:override": F, "placement:board": F, "foster:manage": F, "foster:read": T, "bid:refer": T, "bid:coordinate": F, "bid:sit": F, "report:dashboard": F, "report:indicators": F, "case:export": F, "config:manage": F, "user:manage": F, "org:manage": F, "audit:read": F, "case:history": F },
  CENTRE_SUPERVISOR:   { "case:read": T, "case:register": T, "case:edit": T, "case:note": T, "case:note:referred": F, "caseload:own": F, "case:request-access": F, "case:approve": T, "case:assign": T, "placement:manage": T, "placement:override": T, "placement:board": T, "foster:manage": F, "foster:read": T, "bid:refer": T, "bid:coordinate": F, "bid:sit": F, "report:dashboard": T, "report:indicators": F, "case:export": T, "config:manage": F, "user:manage": F, "org:manage": F, "audit:read": F, "case:history": T },
  NATIONAL_SUPERVISOR: { "case:read": T, "case:register": F, "case:edit": F, "case:note": F, "case:note:referred": F, "caseload:own": F, "case:request-access": F, "case:approve": F, "case:assign": F, "placement:manage": F, "placement:override": F, "placement:board": T, "foster:manage": F, "foster:read": T, "bid:refer": F, "bid:coordinate": F, "bid:sit": F, "report:dashboard": T, "report:indicators": T, "case:export": T, "config:manage": F, "user:manage": F, "org:manage": F, "audit:read": F, "case:history": T },
  BID_COORDINATOR:     { "case:read": T, "case:register": F, "case:edit": F, "case:note": F, "case:note:referred": F, "caseload:own": F, "case:request-access": F, "case:approve": F, "case:assign": F, "placement:manage": F, "placement:override": F, "placement:board": F, "foster:manage": F, "foster:read": F, "bid:refer": F, "bid:coordinate": T, "bid:sit": F, "report:dashboard": F, "report:indicators": F, "case:export": F, "config:manage": F, "user:manage": F, "org:manage": F, "audit:read": F, "case:history": F },
  PANEL_MEMBER:        { "case:read": F, "case:register": F, "case:edit": F, "case:note": F, "case:note:referred": F, "caseload:own": F, "case:request-access": F, "case:approve": F, "case:assign": F, "placement:manage": F, "placement:override": F, "placement:board": F, "foster:manage": F, "foster:read": F, "bid:refer": F, "bid:coordinate": F, "bid:sit": T, "report:dashboard": F, "report:indicators": F, "case:export": F, "config:manage": F, "user:manage": F, "org:manage": F, "audit:read": F, "case:history": F },
  NGO_CASEWORKER:      { "case:read": T, "case:register": F, "case:edit": F, "case:note": T, "case:note:referred": T, "caseload:own": F, "case:request-access": F, "case:approve": F, "case:assign": F, "placement:manage": F, "placement:override": F, "placement:board": F, "foster:manage": T, "foster:read": T, "bid:refer": F, "bid:coordinate": F, "bid:sit": F, "report:dashboard": F, "report:indicators": F, "case:export": F, "config:manage": F, "user:manage": F, "org:manage": F, "audit:read": F, "case:history": F },
  ME_OFFICER:          { "case:read": F, "case:register": F, "case:edit": F, "case:note": F, "case:note:referred": F, "caseload:own": F, "case:request-access": F, "case:approve": F, "case:assign": F, "placement:manage": F, "placement:override": F, "placement:board": F, "foster:manage": F, "foster:read": F, "bid:refer": F, "bid:coordinate": F, "bid:sit": F, "report:dashboard": F, "report:indicators": T, "case:export": F, "config:manage": F, "user:manage": F, "org:manage": F, "audit:read": F, "case:history": F },
  ADMINISTRATOR:       { "case:read": F, "case:register": F, "case:edit": F, "case:note": F, "case:note:referred": F, "caseload:own": F, "case:request-access": F, "case:approve": F, "case:assign": F, "placement:manage": F, "placement:override": F, "placement:board": F, "foster:manage": F, "foster:read": F, "bid:refer": F, "bid:coordinate": F, "bid:sit": F, "report:dashboard": F, "report:indicators": F, "case:export": F, "config:manage": T, "user:manage": T, "org:manage": T, "audit:read": T, "case:history": F },
};

const cells = ROLES.flatMap((role) =>
  PERMISSIONS.map((permission) => ({ role, permission, allowed: EXPECTED[role]?.[permission] })),
);

describe("permission matrix", () => {
  it("the expected table covers exactly ROLES", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ROLES].sort());
  });

  it.each(ROLES)("the expected row for %s covers exactly PERMISSIONS", (role) => {
    expect(Object.keys(EXPECTED[role]).sort()).toEqual([...PERMISSIONS].sort());
  });

  it.each(cells)("$role → $permission: $allowed", ({ role, permission, allowed }) => {
    expect(typeof allowed).toBe("boolean");
    expect(can({ role }, permission)).toBe(allowed);
  });

  it.each(ROLES)("permissionsOf(%s) agrees with can()", (role) => {
    const granted = PERMISSIONS.filter((permission) => can({ role }, permission));
    expect([...permissionsOf(role)].sort()).toEqual([...granted].sort());
  });

  it.each(ROLES)("permissionsOf(%s) only lists known permissions, once each", (role) => {
    const list = permissionsOf(role);
    expect(new Set(list).size).toBe(list.length);
    for (const permission of list) expect(PERMISSIONS).toContain(permission);
  });
});

describe("fail-closed", () => {
  const unknownRoles = ["SUPERUSER", "", "social_worker", "ADMIN", "SOCIAL_WORKER "];

  it.each(unknownRoles)("unknown role %j is refused every permission", (role) => {
    for (const permission of PERMISSIONS) {
      expect(can({ role: role as Role }, permission)).toBe(false);
    }
  });

  it.each(unknownRoles)("permissionsOf(unknown role %j) is empty", (role) => {
    expect(permissionsOf(role as Role)).toEqual([]);
  });

  // Names that exist on Object.prototype must never grant anything either. (Today can() throws
  // for them instead of returning false, which still refuses; see the report for details.)
  it.each(["__proto__", "constructor", "toString", "hasOwnProperty"])(
    "prototype-named role %j is never granted a permission",
    (role) => {
      for (const permission of PERMISSIONS) {
        let granted: boolean;
        try {
          granted = can({ role: role as Role }, permission);
        } catch {
          granted = false;
        }
        expect(granted).toBe(false);
      }
    },
  );

  it("an unknown permission is refused, even to the broadest role", () => {
    for (const role of ROLES) {
      expect(can({ role }, "case:delete" as Permission)).toBe(false);
    }
  });
});
