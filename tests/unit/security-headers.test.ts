import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, hstsMaxAge, securityHeaders } from "@/lib/security/security-headers";

const directives = (csp: string) => new Map(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("the content security policy", () => {
  const csp = directives(contentSecurityPolicy({ nonce: "abc123", https: false, dev: false }));

  it("runs only scripts carrying this request's nonce, never inline or eval", () => {
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(csp.get("script-src")).not.toContain("'unsafe-inline'");
    expect(csp.get("script-src")).not.toContain("'unsafe-eval'");
  });

  it("allows inline style attributes only, style elements need the nonce", () => {
    expect(csp.get("style-src-elem")).toEqual(["'self'", "'nonce-abc123'"]);
    expect(csp.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
  });

  it("cannot be framed, loads nothing from elsewhere, and no plugin", () => {
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
  });

  it("upgrades insecure requests only over HTTPS (plain http on localhost keeps working)", () => {
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
    expect(directives(contentSecurityPolicy({ nonce: "n", https: true, dev: false })).has("upgrade-insecure-requests")).toBe(true);
  });

  it("adds eval only for the development server", () => {
    expect(directives(contentSecurityPolicy({ nonce: "n", https: false, dev: true })).get("script-src")).toContain("'unsafe-eval'");
  });
});

describe("HSTS", () => {
  it("is off over plain http whatever the setting", () => {
    expect(hstsMaxAge(false, undefined)).toBeNull();
    expect(hstsMaxAge(false, "63072000")).toBeNull();
  });

  it("is one year over HTTPS by default, configurable, and off with 0", () => {
    expect(hstsMaxAge(true, undefined)).toBe(31_536_000);
    expect(hstsMaxAge(true, "63072000")).toBe(63_072_000);
    expect(hstsMaxAge(true, "0")).toBeNull();
    expect(hstsMaxAge(true, "soon")).toBeNull();
  });

  it("is sent with the other headers only when on", () => {
    const plain = securityHeaders({ nonce: "n", https: false, dev: false, hstsMaxAge: undefined });
    expect(plain["Strict-Transport-Security"]).toBeUndefined();
    const secure = securityHeaders({ nonce: "n", https: true, dev: false, hstsMaxAge: undefined });
    expect(secure["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
  });
});

describe("the other headers", () => {
  const headers = securityHeaders({ nonce: "n", https: false, dev: false, hstsMaxAge: undefined });

  it("forbid sniffing and framing, keep the referrer on this site, and deny camera, microphone and location", () => {
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["X-Frame-Options"]).toBe("DENY");
    expect(headers["Referrer-Policy"]).toBe("same-origin");
    expect(headers["Permissions-Policy"]).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  });
});
