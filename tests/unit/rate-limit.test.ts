import { describe, expect, it } from "vitest";
import { clientAddress, normaliseAddress, trustedProxyHops, UNKNOWN_ADDRESS } from "@/lib/rate-limit/client-address";
import { rateLimitPolicies, retryAfterMinutes, signInPerAddressLimit } from "@/lib/rate-limit/policies";

const forwardedFor = (value: string | null) => new Headers(value === null ? {} : { "x-forwarded-for": value });

describe("clientAddress", () => {
  it("without a trusted proxy takes the last X-Forwarded-For entry (the connection's, set by Next.js)", () => {
    expect(clientAddress(forwardedFor("192.0.2.1"), 0)).toBe("192.0.2.1");
    // Whatever the client writes in front of it is ignored.
    expect(clientAddress(forwardedFor("203.0.113.9, 192.0.2.1"), 0)).toBe("192.0.2.1");
  });

  it("behind N trusted proxies takes the entry the outermost one wrote, N places from the right", () => {
    expect(clientAddress(forwardedFor("203.0.113.9, 198.51.100.7"), 1)).toBe("198.51.100.7");
    expect(clientAddress(forwardedFor("203.0.113.9, 198.51.100.7, 10.0.0.2"), 2)).toBe("198.51.100.7");
    // Fewer entries than proxies: the first one, never an index out of range.
    expect(clientAddress(forwardedFor("198.51.100.7"), 3)).toBe("198.51.100.7");
  });

  it("counts what it cannot read as one unknown address", () => {
    expect(clientAddress(forwardedFor(null), 0)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress(forwardedFor(" , "), 0)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress(forwardedFor("not-an-address"), 0)).toBe(UNKNOWN_ADDRESS);
  });

  it("normalises addresses: IPv4-mapped IPv6 as IPv4, ports dropped, IPv6 by its /64 network", () => {
    expect(normaliseAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normaliseAddress("192.0.2.1:8080")).toBe("192.0.2.1");
    expect(normaliseAddress("[2001:db8:1:2::5]:443")).toBe("2001:db8:1:2::/64");
    expect(normaliseAddress("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe(normaliseAddress("2001:db8:1:2::1"));
    expect(normaliseAddress("2001:db8:1:3::1")).not.toBe(normaliseAddress("2001:db8:1:2::1"));
  });
});

describe("trustedProxyHops", () => {
  it("reads a small whole number and falls back to 0 (no proxy)", () => {
    expect(trustedProxyHops({})).toBe(0);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "1" })).toBe(1);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: " 2 " })).toBe(2);
    for (const bad of ["-1", "one", "1.5", "", "999"]) expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: bad })).toBe(0);
  });
});

describe("policies", () => {
  it("have the documented numbers (ADR 0019)", () => {
    const policies = rateLimitPolicies({});
    expect(Object.values(policies).map(({ name, points, windowSeconds }) => [name, points, windowSeconds])).toEqual([
      ["signInAccount", 10, 900],
      ["signInAddress", 30, 900],
      ["duplicateSearchBurst", 20, 60],
      ["duplicateSearchDaily", 200, 86_400],
      ["caseAccessRequest", 10, 3600],
      ["exportRequest", 10, 3600],
      ["accountLink", 20, 900],
    ]);
  });

  it("keep the account limit above the lockout's 6 failures, so that a person sees 'locked' first", () => {
    expect(rateLimitPolicies({}).signInAccount.points).toBeGreaterThan(6);
  });

  it("take the per-address sign-in limit from the environment when it is a positive whole number", () => {
    expect(signInPerAddressLimit({ RATE_LIMIT_SIGN_IN_PER_ADDRESS: "200" })).toBe(200);
    expect(rateLimitPolicies({ RATE_LIMIT_SIGN_IN_PER_ADDRESS: "200" }).signInAddress.points).toBe(200);
    for (const bad of ["0", "-5", "lots", "1e3", ""]) expect(signInPerAddressLimit({ RATE_LIMIT_SIGN_IN_PER_ADDRESS: bad })).toBe(30);
  });
});

describe("retryAfterMinutes", () => {
  it("rounds up to whole minutes and never says 0", () => {
    expect(retryAfterMinutes(0)).toBe(1);
    expect(retryAfterMinutes(1)).toBe(1);
    expect(retryAfterMinutes(60_000)).toBe(1);
    expect(retryAfterMinutes(60_001)).toBe(2);
    expect(retryAfterMinutes(14 * 60_000 + 30_000)).toBe(15);
  });
});
