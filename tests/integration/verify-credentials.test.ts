import { beforeAll, describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { db } from "@/lib/db";
import { createWorld, TEST_PASSWORD, type World } from "./fixtures";

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
