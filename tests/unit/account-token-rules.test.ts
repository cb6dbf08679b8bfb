import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ACCOUNT_TOKEN_HOURS, accountTokenExpiry, accountTokenState, hashAccountToken, isAccountTokenShape, newAccountToken } from "@/lib/auth/account-token-rules";
import { DEMO_USERS, ORGANISATIONS } from "@/prisma/demo-data";
import { ROLE_ORGANISATION_TYPES, organisationFitsRole, worksInCentres } from "@/lib/users/account-rules";

describe("one-time account tokens", () => {
  it("are 32 random bytes in base64url, stored only as their SHA-256", () => {
    const { token, tokenHash } = newAccountToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(tokenHash).not.toContain(token);
    expect(hashAccountToken(token)).toBe(tokenHash);
  });

  it("never repeat", () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => newAccountToken().token));
    expect(tokens.size).toBe(1000);
  });

  it("recognise their shape before any query", () => {
    expect(isAccountTokenShape(newAccountToken().token)).toBe(true);
    for (const bad of ["", "short", "x".repeat(44), `${"x".repeat(42)}=`, `${"x".repeat(42)}/`, null, 42, ["x".repeat(43)]]) {
      expect(isAccountTokenShape(bad)).toBe(false);
    }
  });

  it("expire 72 hours after they are issued", () => {
    const issued = new Date("2026-12-03T10:00:00Z");
    expect(ACCOUNT_TOKEN_HOURS).toBe(72);
    expect(accountTokenExpiry(issued).toISOString()).toBe("2026-12-06T10:00:00.000Z");
  });

  it("are valid until their expiry, and used for good once used", () => {
    const expiresAt = new Date("2026-12-06T10:00:00Z");
    expect(accountTokenState({ usedAt: null, expiresAt }, new Date("2026-12-06T09:59:59.999Z"))).toBe("valid");
    expect(accountTokenState({ usedAt: null, expiresAt }, expiresAt)).toBe("expired");
    expect(accountTokenState({ usedAt: new Date("2026-12-04T00:00:00Z"), expiresAt }, new Date("2026-12-04T01:00:00Z"))).toBe("used");
    expect(accountTokenState({ usedAt: new Date("2026-12-04T00:00:00Z"), expiresAt }, new Date("2026-12-07T00:00:00Z"))).toBe("used");
  });
});

describe("account rules (docs/domain.md)", () => {
  it("only social workers and centre supervisors work in centres", () => {
    expect(Object.keys(ROLE_ORGANISATION_TYPES).filter((role) => worksInCentres(role as never))).toEqual(["SOCIAL_WORKER", "CENTRE_SUPERVISOR"]);
  });

  it("match each role with the organisations it may belong to", () => {
    expect(organisationFitsRole("SOCIAL_WORKER", "MASEF")).toBe(true);
    expect(organisationFitsRole("SOCIAL_WORKER", "NGO")).toBe(false);
    expect(organisationFitsRole("NGO_CASEWORKER", "NGO")).toBe(true);
    expect(organisationFitsRole("NGO_CASEWORKER", "MASEF")).toBe(false);
    expect(organisationFitsRole("BID_COORDINATOR", "IOM")).toBe(true);
    expect(organisationFitsRole("BID_COORDINATOR", "NGO")).toBe(false);
    for (const type of ["MASEF", "IOM", "UN", "NGO"] as const) expect(organisationFitsRole("PANEL_MEMBER", type)).toBe(true);
    expect(organisationFitsRole("ADMINISTRATOR", "NGO")).toBe(false);
  });

  it("hold for every demo account, so the seed never shows an account the form would refuse", () => {
    for (const user of DEMO_USERS) {
      const type = ORGANISATIONS.find((o) => o.code === user.organisation)!.type;
      expect(organisationFitsRole(user.role, type), user.email).toBe(true);
      expect(user.centres.length > 0, user.email).toBe(worksInCentres(user.role));
    }
  });
});
