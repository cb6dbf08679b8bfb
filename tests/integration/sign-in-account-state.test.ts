import { beforeAll, describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { db } from "@/lib/db";
import { createWorld, TEST_PASSWORD, type World } from "./fixtures";

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

describe("sign-in and the account's state", () => {
  it("records the time of a successful sign-in on the account", async () => {
    const before = await db.user.findUniqueOrThrow({ where: { id: world.actors.swNdb.userId }, select: { lastSignInAt: true } });
    expect(before.lastSignInAt).toBeNull();
    const at = new Date("2026-12-03T09:00:00Z");
    expect(await verifyCredentials("swndb@test.example", TEST_PASSWORD, at)).toEqual({ ok: true, userId: world.actors.swNdb.userId });
    const after = await db.user.findUniqueOrThrow({ where: { id: world.actors.swNdb.userId }, select: { lastSignInAt: true } });
    expect(after.lastSignInAt).toEqual(at);
  });

  it("refuses every password for an account not yet activated (no password set), and records no sign-in", async () => {
    const userId = world.actors.sw2Ndb.userId;
    await db.user.update({ where: { id: userId }, data: { passwordHash: null } });
    expect(await verifyCredentials("sw2ndb@test.example", TEST_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials("sw2ndb@test.example", "")).toEqual({ ok: false, reason: "invalid" });
    const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { lastSignInAt: true, failedLoginCount: true } });
    expect(user.lastSignInAt).toBeNull();
    expect(user.failedLoginCount).toBe(1);
  });
});
