// The rate limits (lib/rate-limit, ADR 0019) against real PostgreSQL: over the limit the answer
// is a typed refusal, the first refusal of the window is audited, nothing else is written, and
// other users (or addresses) are not affected. Sign-in goes through the real Auth.js handler.
import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/action-result";
import { registerChild } from "@/lib/cases/register-child";
import { requestCaseAccess } from "@/lib/cases/request-case-access";
import { searchPossibleDuplicates } from "@/lib/cases/search-possible-duplicates";
import { db } from "@/lib/db";
import { RateLimitedError } from "@/lib/errors";
import { requestExport } from "@/lib/exports/request-export";
import { createWorld, TEST_PASSWORD, validChild, type UserKey, type World } from "./fixtures";

process.env.AUTH_SECRET ??= "rate-limit-integration-test-secret-0123456789";

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const exceeded = (policy: string) => db.auditEvent.findMany({ where: { action: "rateLimit.exceeded", entityId: policy } });

describe("sign-in", () => {
  let csrf: { token: string; cookie: string };

  beforeAll(async () => {
    const { handlers } = await import("@/lib/auth/auth");
    const response = await handlers.GET(new Request("http://localhost/api/auth/csrf") as never);
    csrf = {
      token: ((await response.json()) as { csrfToken: string }).csrfToken,
      cookie: response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; "),
    };
  });

  /** Posts the credentials as the login form's server action does; "signedIn" or the refusal's code. */
  async function signIn(email: string, password: string, forwardedFor: string): Promise<string> {
    const { handlers } = await import("@/lib/auth/auth");
    const response = await handlers.POST(
      new Request("http://localhost/api/auth/callback/credentials", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrf.cookie, "x-forwarded-for": forwardedFor },
        body: new URLSearchParams({ csrfToken: csrf.token, email, password, callbackUrl: "/" }),
      }) as never,
    );
    const location = new URL(response.headers.get("location") ?? "", "http://localhost");
    if (location.pathname === "/" && response.headers.getSetCookie().some((cookie) => cookie.startsWith("authjs.session-token="))) {
      return "signedIn";
    }
    return location.searchParams.get("code") ?? `unexpected ${response.status} ${location}`;
  }

  it("refuses an account's 11th attempt in 15 minutes before the password is checked, even the right one; audits it once", async () => {
    const email = "swnkn@test.example";
    const address = "192.0.2.10";
    const answers: string[] = [];
    for (let i = 1; i <= 10; i++) answers.push(await signIn(email, `wrong-${i}`, address));
    expect(answers).toEqual([...Array(5).fill("credentials"), ...Array(5).fill("locked")]);

    // The lockout is over (as 15 minutes later), but the account's window is not.
    await db.user.update({ where: { email }, data: { failedLoginCount: 0, lockedUntil: null } });
    const succeededBefore = await db.auditEvent.count({ where: { action: "auth.login.succeeded" } });
    expect(await signIn(email, TEST_PASSWORD, address)).toBe("rate_limited");
    expect(await signIn(` ${email.toUpperCase()}`, TEST_PASSWORD, "192.0.2.11")).toBe("rate_limited");

    // Refused before verifyCredentials: no sign-in, no count, no lock recorded.
    expect(await db.auditEvent.count({ where: { action: "auth.login.succeeded" } })).toBe(succeededBefore);
    expect(await db.user.findUniqueOrThrow({ where: { email }, select: { failedLoginCount: true, lockedUntil: true } })).toEqual({
      failedLoginCount: 0,
      lockedUntil: null,
    });
    const audit = await exceeded("signInAccount");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: null,
      entityType: "RateLimit",
      after: { email, limit: 10, windowSeconds: 900, retryAfterMinutes: 15 },
    });

    // Another account from the same address signs in.
    expect(await signIn("sw2ndb@test.example", TEST_PASSWORD, address)).toBe("signedIn");
  });

  it("a successful sign-in clears the account's count", async () => {
    const email = "swndb@test.example";
    const answers: string[] = [];
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 4; i++) answers.push(await signIn(email, "wrong", "192.0.2.20"));
      answers.push(await signIn(email, TEST_PASSWORD, "192.0.2.20"));
    }
    expect(answers.filter((answer) => answer === "signedIn")).toHaveLength(3);
    expect(answers).not.toContain("rate_limited");
  });

  it("refuses an address's 31st failed attempt whatever the account; successes do not count; a spoofed first entry does not help", async () => {
    const address = "198.51.100.20";
    for (let i = 1; i <= 30; i++) {
      expect(await signIn(`nobody-${i}@test.example`, "guess", address)).toBe("credentials");
      // Successes in between are given back to the address.
      if (i % 10 === 5) expect(await signIn("admin@test.example", TEST_PASSWORD, address)).toBe("signedIn");
    }
    expect(await signIn("me@test.example", TEST_PASSWORD, address)).toBe("rate_limited");
    // Without a trusted proxy, only the last X-Forwarded-For entry counts: what the client adds in front is ignored.
    expect(await signIn("me@test.example", TEST_PASSWORD, `203.0.113.99, ${address}`)).toBe("rate_limited");

    const audit = await exceeded("signInAddress");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: null, after: { address, limit: 30, windowSeconds: 900 } });
    // Nothing was counted against the accounts refused at the address.
    expect(await db.loginThrottle.count({ where: { email: "me@test.example" } })).toBe(0);

    // Another address is not affected.
    expect(await signIn("me@test.example", TEST_PASSWORD, "203.0.113.5")).toBe("signedIn");
  });
});

describe("duplicate search", () => {
  const search = (key: UserKey) => searchPossibleDuplicates(world.actors[key], { firstName: "Mamadou", lastName: "Diallo", dobKnown: "unknown" });

  it("allows 20 searches a minute per user; the 21st is refused, audited once, searches nothing; another user still searches", async () => {
    for (let i = 0; i < 20; i++) expect((await search("swNdb")).ok).toBe(true);

    await expect(search("swNdb")).rejects.toEqual(new RateLimitedError(1));
    // What the form receives: the typed refusal with the wait.
    expect(await runAction([], [], () => search("swNdb"))).toEqual({ ok: false, error: "rateLimited", retryAfterMinutes: 1 });

    const searches = await db.auditEvent.count({ where: { action: "case.duplicateSearch", actorId: world.actors.swNdb.userId } });
    expect(searches).toBe(20);
    const audit = await exceeded("duplicateSearchBurst");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: world.actors.swNdb.userId, after: { limit: 20, windowSeconds: 60, retryAfterMinutes: 1 } });

    expect((await search("sw2Ndb")).ok).toBe(true);
  });

  it("invalid input is answered with field errors and not counted", async () => {
    for (let i = 0; i < 25; i++) {
      const result = await searchPossibleDuplicates(world.actors.swNkn, { firstName: "", lastName: "", dobKnown: "unknown" });
      expect(result.ok).toBe(false);
    }
    expect((await search("swNkn")).ok).toBe(true);
  });
});

describe("access requests", () => {
  it("allows 10 an hour per worker; the 11th is refused and audited, with no request written; another worker still asks", async () => {
    const register = async (key: UserKey, firstName: string) => {
      const result = await registerChild(world.actors[key], validChild({ firstName }));
      if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
      return result.data.caseNumber;
    };
    const first = await register("swNdb", "Ousmane");
    const second = await register("swNdb", "Ibrahima");

    // Every answer counts, including "already requested": each tells that the number exists.
    const outcomes: string[] = [];
    for (let i = 0; i < 10; i++) {
      const result = await requestCaseAccess(world.actors.swNkn, { caseNumber: first, reason: "Même enfant ?" });
      outcomes.push(result.ok ? result.data.status : "refused");
    }
    expect(outcomes).toEqual(["requested", ...Array(9).fill("alreadyRequested")]);

    await expect(requestCaseAccess(world.actors.swNkn, { caseNumber: second, reason: "Même enfant ?" })).rejects.toEqual(new RateLimitedError(60));
    await expect(requestCaseAccess(world.actors.swNkn, { caseNumber: "NDB-1999-9999", reason: "?" })).rejects.toBeInstanceOf(RateLimitedError);
    expect(await db.caseAccessRequest.count({ where: { requesterId: world.actors.swNkn.userId } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "case.accessRequested", actorId: world.actors.swNkn.userId } })).toBe(1);
    const audit = await exceeded("caseAccessRequest");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: world.actors.swNkn.userId, after: { limit: 10, windowSeconds: 3600 } });

    // A worker of another centre is not affected.
    const nkn = await register("swNkn", "Fatoumata");
    expect(await requestCaseAccess(world.actors.swNdb, { caseNumber: nkn, reason: "Même enfant ?" })).toEqual({ ok: true, data: { status: "requested" } });
  });
});

describe("exports", () => {
  it("allows 10 an hour per user; the 11th is refused and audited, with no job written; another user still exports", async () => {
    for (let i = 0; i < 10; i++) expect((await requestExport(world.actors.supNdb, "CASELOAD_XLSX", { locale: "fr", filters: {} })).ok).toBe(true);

    expect(await runAction([], [], () => requestExport(world.actors.supNdb, "CASELOAD_XLSX", { locale: "fr", filters: {} }))).toEqual({
      ok: false,
      error: "rateLimited",
      retryAfterMinutes: 60,
    });
    expect(await db.exportJob.count({ where: { requestedById: world.actors.supNdb.userId } })).toBe(10);
    expect(await db.auditEvent.count({ where: { action: "export.requested", actorId: world.actors.supNdb.userId } })).toBe(10);
    const audit = await exceeded("exportRequest");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: world.actors.supNdb.userId, after: { limit: 10, windowSeconds: 3600 } });

    expect((await requestExport(world.actors.supNkn, "CASELOAD_XLSX", { locale: "fr", filters: {} })).ok).toBe(true);
  });
});

describe("the store", () => {
  it("keeps hashed keys only: no email, address or user id in clear", async () => {
    const keys = (await db.rateLimit.findMany({ select: { key: true } })).map((row) => row.key);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(key).toMatch(/^(signInAccount|signInAddress|duplicateSearchBurst|duplicateSearchDaily|caseAccessRequest|exportRequest):[A-Za-z0-9_-]{43}$/);
  });

  it("counts parallel attempts exactly: one atomic statement in the database, whichever instance sends it", async () => {
    const attempts = await Promise.allSettled(
      Array.from({ length: 30 }, () => requestExport(world.actors.national, "CASELOAD_XLSX", { locale: "fr", filters: {} })),
    );
    expect(attempts.filter((attempt) => attempt.status === "fulfilled")).toHaveLength(10);
    expect(attempts.filter((attempt) => attempt.status === "rejected" && attempt.reason instanceof RateLimitedError)).toHaveLength(20);
    expect(await db.exportJob.count({ where: { requestedById: world.actors.national.userId } })).toBe(10);
    expect(await db.auditEvent.count({ where: { action: "rateLimit.exceeded", actorId: world.actors.national.userId } })).toBe(1);
  });
});
