import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { verifyCredentials, type CredentialsResult } from "@/lib/auth/verify-credentials";
import { db } from "@/lib/db";
import { createWorld, TEST_PASSWORD, type World } from "./fixtures";

// Counts the password hashes evaluated; a test may hold them at a gate to widen the window the
// slow hash opens, as parallel guesses over the network do.
const hashes = vi.hoisted(() => ({ evaluated: 0, onStart: (() => {}) as () => void, gate: Promise.resolve() }));
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/auth/password")>();
  return {
    ...original,
    async verifyPassword(passwordHash: string, password: string) {
      hashes.evaluated++;
      hashes.onStart();
      await hashes.gate;
      return original.verifyPassword(passwordHash, password);
    },
  };
});
afterEach(() => {
  hashes.evaluated = 0;
  hashes.onStart = () => {};
  hashes.gate = Promise.resolve();
});

/**
 * Starts every attempt at once and holds each hash until all attempts have either reached
 * their hash or been refused before it: the worst case, where every lock check runs before any
 * hash finishes. (An attempt waiting at the gate cannot settle, so until the gate opens every
 * settled attempt is one that was never hashed.)
 */
async function allAtOnce(attempts: Array<() => Promise<CredentialsResult>>) {
  let open!: () => void;
  let opened = false;
  let arrived = 0;
  const arrive = () => {
    if (!opened && ++arrived === attempts.length) {
      opened = true;
      open();
    }
  };
  hashes.gate = new Promise<void>((resolve) => (open = resolve));
  hashes.onStart = arrive;
  return Promise.allSettled(attempts.map((attempt) => attempt().finally(arrive)));
}

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const minutes = (base: Date, n: number) => new Date(base.getTime() + n * 60_000);

describe("verifyCredentials", () => {
  it("accepts the right password, case-insensitively on the email, and audits the sign-in", async () => {
    const result = await verifyCredentials("  SWNDB@test.example ", TEST_PASSWORD);
    expect(result).toEqual({ ok: true, userId: world.actors.swNdb.userId });
    expect(await db.auditEvent.count({ where: { action: "auth.login.succeeded", actorId: world.actors.swNdb.userId } })).toBe(1);
  });

  it("locks the account after 6 wrong passwords in a row for 15 minutes", async () => {
    const email = "sw2ndb@test.example";
    const start = new Date();
    for (let i = 1; i <= 5; i++) {
      expect(await verifyCredentials(email, "wrong", start)).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await verifyCredentials(email, "wrong", start)).toEqual({ ok: false, reason: "locked" });
    // Even the right password is refused while locked.
    expect(await verifyCredentials(email, TEST_PASSWORD, minutes(start, 14))).toEqual({ ok: false, reason: "locked" });
    // After 15 minutes it works again, and the counter starts afresh.
    expect(await verifyCredentials(email, TEST_PASSWORD, minutes(start, 16))).toEqual({ ok: true, userId: world.actors.sw2Ndb.userId });
    const user = await db.user.findUniqueOrThrow({ where: { id: world.actors.sw2Ndb.userId } });
    expect(user.failedLoginCount).toBe(0);
    expect(user.lockedUntil).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "auth.account.locked", entityId: user.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "auth.login.failed", entityId: user.id } })).toBe(5);
  });

  it("a success in between resets the count", async () => {
    const email = "swnkn@test.example";
    for (let i = 0; i < 5; i++) await verifyCredentials(email, "wrong");
    expect((await verifyCredentials(email, TEST_PASSWORD)).ok).toBe(true);
    expect(await verifyCredentials(email, "wrong")).toEqual({ ok: false, reason: "invalid" });
  });

  it("answers an unknown email exactly like a real one, lockout included", async () => {
    const email = "nobody@test.example";
    const start = new Date();
    for (let i = 1; i <= 5; i++) {
      expect(await verifyCredentials(email, "wrong", start)).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await verifyCredentials(email, "wrong", start)).toEqual({ ok: false, reason: "locked" });
    expect(await verifyCredentials(email, "wrong", minutes(start, 5))).toEqual({ ok: false, reason: "locked" });
    expect(await verifyCredentials(email, "wrong", minutes(start, 16))).toEqual({ ok: false, reason: "invalid" });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("10 wrong passwords and the right one at the same moment: at most 6 hashed, locked, the right one refused", async () => {
    const email = "supndb@test.example";
    const attempts = [...Array.from({ length: 10 }, (_, i) => () => verifyCredentials(email, `wrong-${i}`)), () => verifyCredentials(email, TEST_PASSWORD)];
    const results = await allAtOnce(attempts);

    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    const answers = results.map((r) => (r.status === "fulfilled" ? r.value : null));
    expect(answers.some((a) => a?.ok)).toBe(false);
    expect(answers.at(-1)).toEqual({ ok: false, reason: "locked" });
    expect(hashes.evaluated).toBeLessThanOrEqual(6);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    expect(await db.auditEvent.count({ where: { action: "auth.login.succeeded", entityId: user.id } })).toBe(0);
    // Still locked afterwards, for the right password too.
    expect(await verifyCredentials(email, TEST_PASSWORD)).toEqual({ ok: false, reason: "locked" });
  });

  it("8 wrong passwords at the same moment leave the account locked", async () => {
    const email = "supnkn@test.example";
    const results = await allAtOnce(Array.from({ length: 8 }, (_, i) => () => verifyCredentials(email, `wrong-${i}`)));
    expect(results.map((r) => r.status)).toEqual(Array(8).fill("fulfilled"));
    expect(hashes.evaluated).toBeLessThanOrEqual(6);
    expect((await db.user.findUniqueOrThrow({ where: { email } })).lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    expect(await verifyCredentials(email, TEST_PASSWORD)).toEqual({ ok: false, reason: "locked" });
  });

  it("20 failures at the same moment for an unknown email: ordinary answers, never an error, locked", async () => {
    const email = "parallel-nobody@test.example";
    const results = await allAtOnce(Array.from({ length: 20 }, (_, i) => () => verifyCredentials(email, `wrong-${i}`)));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    for (const r of results) expect(["invalid", "locked"]).toContain(r.status === "fulfilled" && !r.value.ok ? r.value.reason : null);
    expect(hashes.evaluated).toBeLessThanOrEqual(6);
    expect(await verifyCredentials(email, "wrong")).toEqual({ ok: false, reason: "locked" });
    expect(await db.loginThrottle.count({ where: { email } })).toBe(1);
  });

  it("a failure recorded while the account is locked does not lift the lock", async () => {
    const email = "bid@test.example";
    const start = new Date();
    for (let i = 0; i < 6; i++) await verifyCredentials(email, "wrong", start);
    const lockedUntil = (await db.user.findUniqueOrThrow({ where: { email } })).lockedUntil;
    for (let i = 0; i < 3; i++) expect(await verifyCredentials(email, "wrong", minutes(start, 1))).toEqual({ ok: false, reason: "locked" });
    expect((await db.user.findUniqueOrThrow({ where: { email } })).lockedUntil).toEqual(lockedUntil);
    expect(await verifyCredentials(email, TEST_PASSWORD, minutes(start, 14))).toEqual({ ok: false, reason: "locked" });
  });

  it("refuses a deactivated account with the same answer as a wrong password", async () => {
    await db.user.update({ where: { id: world.actors.me.userId }, data: { active: false } });
    expect(await verifyCredentials("me@test.example", TEST_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses empty input without touching the database", async () => {
    const before = await db.auditEvent.count();
    expect(await verifyCredentials("", "")).toEqual({ ok: false, reason: "invalid" });
    expect(await db.auditEvent.count()).toBe(before);
  });
});
