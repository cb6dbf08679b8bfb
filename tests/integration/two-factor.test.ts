import { randomUUID } from "node:crypto";
import { generate } from "otplib";
import { beforeAll, describe, expect, it } from "vitest";
import { disableTwoFactor } from "@/lib/account/disable-two-factor";
import { enableTwoFactor } from "@/lib/account/enable-two-factor";
import { getTwoFactorStatus } from "@/lib/account/get-two-factor-status";
import { prepareTwoFactorEnrolment } from "@/lib/account/prepare-two-factor-enrolment";
import { regenerateRecoveryCodes } from "@/lib/account/regenerate-recovery-codes";
import type { Actor } from "@/lib/auth/actor";
import { loadSessionState } from "@/lib/auth/load-actor";
import { MAX_FAILED_LOGINS } from "@/lib/auth/lockout";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { db } from "@/lib/db";
import { InvalidStateError, NotFoundError } from "@/lib/errors";
import { updateSecurityConfig } from "@/lib/settings/update-security-config";
import { resetTwoFactor } from "@/lib/users/reset-two-factor";
import { createWorld, TEST_PASSWORD, type UserKey, type World } from "./fixtures";

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const T0 = new Date("2026-12-03T10:00:05Z");
/** `steps` TOTP periods (30 s) after T0: each sign-in in a test uses a later step than the one before. */
const at = (steps: number) => new Date(T0.getTime() + steps * 30_000);
const codeAt = (secret: string, date: Date) => generate({ secret, epoch: Math.floor(date.getTime() / 1000) });
const emailOf = (key: UserKey) => `${key.toLowerCase()}@test.example`;
const userRow = (actor: Actor) =>
  db.user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { totpSecret: true, totpEnabledAt: true, totpLastStep: true, sessionVersion: true, failedLoginCount: true, lockedUntil: true },
  });
const audits = (action: string, entityId: string) => db.auditEvent.count({ where: { action, entityId } });

/** Turns two-step sign-in on for a user at T0, as the page does; returns the secret and the recovery codes. */
async function enrol(key: UserKey) {
  const actor = world.actors[key];
  const enrolment = await prepareTwoFactorEnrolment(actor, emailOf(key));
  const secret = enrolment.secretGroups.join("");
  const result = await enableTwoFactor(actor, { enrolment: enrolment.enrolment, code: await codeAt(secret, T0) }, T0);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return { secret, recoveryCodes: result.data.recoveryCodes };
}

describe("enrolment", () => {
  it("a wrong code writes nothing; the right one turns it on with ten recovery codes, audited, and ends the sessions", async () => {
    const actor = world.actors.swNdb;
    const before = await userRow(actor);
    const enrolment = await prepareTwoFactorEnrolment(actor, emailOf("swNdb"));
    const secret = enrolment.secretGroups.join("");
    expect(enrolment.qrSvg).toContain("<svg");

    const wrong = await enableTwoFactor(actor, { enrolment: enrolment.enrolment, code: await codeAt(secret, at(-10)) }, T0);
    expect(wrong).toEqual({ ok: false, fieldErrors: { code: "twoFactorWrongCode" } });
    const malformed = await enableTwoFactor(actor, { enrolment: enrolment.enrolment, code: "12ab" }, T0);
    expect(malformed).toEqual({ ok: false, fieldErrors: { code: "twoFactorCodeFormat" } });
    expect(await userRow(actor)).toEqual(before);
    expect(await db.recoveryCode.count({ where: { userId: actor.userId } })).toBe(0);
    expect(await audits("account.twoFactorEnabled", actor.userId)).toBe(0);

    const result = await enableTwoFactor(actor, { enrolment: enrolment.enrolment, code: await codeAt(secret, T0) }, T0);
    expect(result.ok).toBe(true);
    const codes = result.ok ? result.data.recoveryCodes : [];
    expect(codes).toHaveLength(10);
    const after = await userRow(actor);
    expect(after.totpEnabledAt).toEqual(T0);
    expect(after.totpSecret).not.toContain(secret);
    expect(after.sessionVersion).toBeGreaterThan(before.sessionVersion);
    const stored = await db.recoveryCode.findMany({ where: { userId: actor.userId }, select: { codeHash: true } });
    expect(stored).toHaveLength(10);
    for (const code of codes) expect(stored.map((s) => s.codeHash)).not.toContain(code);
    expect(await audits("account.twoFactorEnabled", actor.userId)).toBe(1);
    expect(await getTwoFactorStatus(actor)).toMatchObject({ enabledAt: T0, recoveryCodesLeft: 10, requiredForRole: false });

    // A second confirmation (another tab) changes nothing.
    await expect(enableTwoFactor(actor, { enrolment: enrolment.enrolment, code: await codeAt(secret, at(1)) }, at(1))).rejects.toThrow(InvalidStateError);
  });

  it("an enrolment sealed for another user, altered or expired is refused", async () => {
    const enrolment = await prepareTwoFactorEnrolment(world.actors.sw2Ndb, emailOf("sw2Ndb"));
    const code = await codeAt(enrolment.secretGroups.join(""), new Date());
    await expect(enableTwoFactor(world.actors.swNkn, { enrolment: enrolment.enrolment, code })).rejects.toThrow(InvalidStateError);
    await expect(enableTwoFactor(world.actors.sw2Ndb, { enrolment: `${enrolment.enrolment}A`, code })).rejects.toThrow(InvalidStateError);
    const later = new Date(Date.now() + 16 * 60_000);
    await expect(enableTwoFactor(world.actors.sw2Ndb, { enrolment: enrolment.enrolment, code: await codeAt(enrolment.secretGroups.join(""), later) }, later)).rejects.toThrow(
      InvalidStateError,
    );
    expect((await userRow(world.actors.swNkn)).totpSecret).toBeNull();
    expect((await userRow(world.actors.sw2Ndb)).totpSecret).toBeNull();
  });
});

describe("sign-in with a second factor", () => {
  it("the password alone gives no session; a wrong code counts as a failed attempt; the right code signs in once", async () => {
    const { secret } = await enrol("supNdb");
    const email = emailOf("supNdb");
    const actor = world.actors.supNdb;

    expect(await verifyCredentials(email, TEST_PASSWORD, at(1))).toEqual({ ok: false, reason: "codeRequired" });
    expect(await verifyCredentials(email, "wrong-password", at(1), await codeAt(secret, at(1)))).toEqual({ ok: false, reason: "invalid" });
    const failedBefore = (await userRow(actor)).failedLoginCount;
    expect(await verifyCredentials(email, TEST_PASSWORD, at(1), "000000")).toEqual({ ok: false, reason: "invalidCode" });
    expect((await userRow(actor)).failedLoginCount).toBe(failedBefore + 1);
    expect(await audits("auth.login.succeeded", actor.userId)).toBe(0);

    const code = await codeAt(secret, at(2));
    expect(await verifyCredentials(email, TEST_PASSWORD, at(2), code)).toEqual({ ok: true, userId: actor.userId });
    expect((await userRow(actor)).failedLoginCount).toBe(0);
    expect(await db.auditEvent.findFirst({ where: { action: "auth.login.succeeded", entityId: actor.userId }, select: { after: true } })).toEqual({
      after: { secondFactor: "totp" },
    });
    // The same code again (a replay, even within its 30 seconds) is refused.
    expect(await verifyCredentials(email, TEST_PASSWORD, at(2), code)).toEqual({ ok: false, reason: "invalidCode" });
    expect(await verifyCredentials(email, TEST_PASSWORD, at(3), await codeAt(secret, at(3)))).toEqual({ ok: true, userId: actor.userId });
  });

  it("wrong codes lock the account like wrong passwords", async () => {
    const { secret } = await enrol("supNkn");
    const email = emailOf("supNkn");
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) expect(await verifyCredentials(email, TEST_PASSWORD, at(1), "111111")).toMatchObject({ ok: false });
    expect(await verifyCredentials(email, TEST_PASSWORD, at(1), "111111")).toEqual({ ok: false, reason: "locked" });
    expect(await verifyCredentials(email, TEST_PASSWORD, at(2), await codeAt(secret, at(2)))).toEqual({ ok: false, reason: "locked" });
  });

  it("asking again with the password alone does not reset the count the codes are guessed against", async () => {
    await enrol("panel");
    const email = emailOf("panel");
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
      await verifyCredentials(email, TEST_PASSWORD, at(1));
      await verifyCredentials(email, TEST_PASSWORD, at(1), "222222");
    }
    expect((await userRow(world.actors.panel)).lockedUntil).not.toBeNull();
  });

  it("a recovery code signs in once; two parallel uses of one code give one session", async () => {
    const { recoveryCodes } = await enrol("bid");
    const email = emailOf("bid");
    const userId = world.actors.bid.userId;
    // Typed in lower case with spaces: still the code.
    const typed = recoveryCodes[0].toLowerCase().replace("-", " ");
    expect(await verifyCredentials(email, TEST_PASSWORD, at(1), typed)).toEqual({ ok: true, userId });
    expect(await verifyCredentials(email, TEST_PASSWORD, at(1), recoveryCodes[0])).toEqual({ ok: false, reason: "invalidCode" });
    expect(await db.recoveryCode.count({ where: { userId, usedAt: { not: null } } })).toBe(1);

    const results = await Promise.all([1, 2, 3].map(() => verifyCredentials(email, TEST_PASSWORD, at(1), recoveryCodes[1])));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.recoveryCode.count({ where: { userId, usedAt: { not: null } } })).toBe(2);
    expect(await getTwoFactorStatus(world.actors.bid)).toMatchObject({ recoveryCodesLeft: 8 });
  });

  it("a code given for an account without a second factor is ignored", async () => {
    expect(await verifyCredentials(emailOf("ngoA"), TEST_PASSWORD, at(1), "123456")).toEqual({ ok: true, userId: world.actors.ngoA.userId });
  });
});

describe("recovery codes and turning off", () => {
  it("regenerating needs a valid code; the old codes then stop working", async () => {
    const { secret, recoveryCodes } = await enrol("ngoB");
    const actor = world.actors.ngoB;
    const hashes = async () => (await db.recoveryCode.findMany({ where: { userId: actor.userId }, select: { codeHash: true } })).map((r) => r.codeHash).sort();
    const before = await hashes();

    expect(await regenerateRecoveryCodes(actor, { code: "999999" }, at(1))).toEqual({ ok: false, fieldErrors: { code: "twoFactorWrongCode" } });
    expect(await regenerateRecoveryCodes(actor, { code: "" }, at(1))).toEqual({ ok: false, fieldErrors: { code: "required" } });
    expect(await hashes()).toEqual(before);
    expect(await audits("account.recoveryCodesRegenerated", actor.userId)).toBe(0);

    const result = await regenerateRecoveryCodes(actor, { code: await codeAt(secret, at(1)) }, at(1));
    expect(result.ok && result.data.recoveryCodes).toHaveLength(10);
    expect(await hashes()).not.toEqual(before);
    expect(await audits("account.recoveryCodesRegenerated", actor.userId)).toBe(1);
    expect(await verifyCredentials(emailOf("ngoB"), TEST_PASSWORD, at(2), recoveryCodes[0])).toEqual({ ok: false, reason: "invalidCode" });
    const fresh = result.ok ? result.data.recoveryCodes[0] : "";
    expect(await verifyCredentials(emailOf("ngoB"), TEST_PASSWORD, at(2), fresh)).toEqual({ ok: true, userId: actor.userId });
  });

  it("turning off needs the password and a code, writes nothing otherwise, and clears the secret and codes", async () => {
    const { secret } = await enrol("me");
    const actor = world.actors.me;
    const before = await userRow(actor);

    expect(await disableTwoFactor(actor, { password: "wrong", code: await codeAt(secret, at(1)) }, at(1))).toEqual({
      ok: false,
      fieldErrors: { password: "twoFactorWrongPassword" },
    });
    expect(await disableTwoFactor(actor, { password: TEST_PASSWORD, code: "424242" }, at(1))).toEqual({ ok: false, fieldErrors: { code: "twoFactorWrongCode" } });
    expect(await userRow(actor)).toEqual(before);
    expect(await db.recoveryCode.count({ where: { userId: actor.userId } })).toBe(10);

    expect(await disableTwoFactor(actor, { password: TEST_PASSWORD, code: await codeAt(secret, at(1)) }, at(1))).toEqual({ ok: true, data: undefined });
    const after = await userRow(actor);
    expect(after).toMatchObject({ totpSecret: null, totpEnabledAt: null, totpLastStep: null });
    expect(after.sessionVersion).toBeGreaterThan(before.sessionVersion);
    expect(await db.recoveryCode.count({ where: { userId: actor.userId } })).toBe(0);
    expect(await audits("account.twoFactorDisabled", actor.userId)).toBe(1);
    expect(await verifyCredentials(emailOf("me"), TEST_PASSWORD, at(2))).toEqual({ ok: true, userId: actor.userId });
  });

  it("a role that requires it cannot turn it off", async () => {
    const { secret } = await enrol("national");
    await expect(disableTwoFactor(world.actors.national, { password: TEST_PASSWORD, code: await codeAt(secret, at(1)) }, at(1))).rejects.toThrow(InvalidStateError);
    expect((await userRow(world.actors.national)).totpSecret).not.toBeNull();
  });
});

describe("the administrator's reset", () => {
  it("is refused to every other role, and clears the second factor with an audit row", async () => {
    const { secret } = await enrol("panel2");
    const target = world.actors.panel2.userId;
    for (const key of ["swNdb", "supNdb", "national", "bid", "panel", "ngoA", "me"] as const) {
      await expect(resetTwoFactor(world.actors[key], target)).rejects.toThrow(NotFoundError);
    }
    expect((await userRow(world.actors.panel2)).totpSecret).not.toBeNull();
    await expect(resetTwoFactor(world.actors.admin, "not-a-uuid")).rejects.toThrow(NotFoundError);
    await expect(resetTwoFactor(world.actors.admin, randomUUID())).rejects.toThrow(NotFoundError);

    expect(await resetTwoFactor(world.actors.admin, target)).toEqual({ ok: true, data: undefined });
    expect(await userRow(world.actors.panel2)).toMatchObject({ totpSecret: null, totpEnabledAt: null, totpLastStep: null });
    expect(await db.recoveryCode.count({ where: { userId: target } })).toBe(0);
    expect(await db.auditEvent.findFirst({ where: { action: "user.twoFactorReset", entityId: target }, select: { actorId: true, before: true } })).toEqual({
      actorId: world.actors.admin.userId,
      before: { enabledAt: T0.toISOString(), recoveryCodes: 10 },
    });
    // The old code no longer matters: the password alone signs in again.
    expect(await verifyCredentials(emailOf("panel2"), TEST_PASSWORD, at(1), await codeAt(secret, at(1)))).toEqual({ ok: true, userId: target });
    await expect(resetTwoFactor(world.actors.admin, target)).rejects.toThrow(InvalidStateError);
  });
});

describe("roles that require a second factor", () => {
  const session = async (key: UserKey) => {
    const userId = world.actors[key].userId;
    const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
    return loadSessionState(userId, { sessionId: randomUUID(), sessionVersion });
  };

  it("sends a user of a required role without a second factor to enrolment, and nobody else", async () => {
    // Without a stored setting: administrators and national supervisors.
    expect((await session("admin"))?.mustEnrolSecondFactor).toBe(true);
    expect((await session("panel3"))?.mustEnrolSecondFactor).toBe(false);

    const refused = await updateSecurityConfig(world.actors.admin, { twoFactorRequiredRoles: ["PANEL_MEMBER", "NOT_A_ROLE"], idleTimeoutMinutes: 15 });
    expect(refused.ok).toBe(false);
    expect(await updateSecurityConfig(world.actors.admin, { twoFactorRequiredRoles: ["PANEL_MEMBER"], idleTimeoutMinutes: 1 })).toEqual({
      ok: false,
      fieldErrors: { idleTimeoutMinutes: "idleTimeoutRange" },
    });
    await expect(updateSecurityConfig(world.actors.national, { twoFactorRequiredRoles: [], idleTimeoutMinutes: 15 })).rejects.toThrow(NotFoundError);
    expect(await db.setting.count({ where: { key: "security" } })).toBe(0);

    expect(await updateSecurityConfig(world.actors.admin, { twoFactorRequiredRoles: ["PANEL_MEMBER"], idleTimeoutMinutes: "20" })).toEqual({ ok: true, data: undefined });
    expect((await db.setting.findUniqueOrThrow({ where: { key: "security" } })).value).toEqual({ twoFactorRequiredRoles: ["PANEL_MEMBER"], idleTimeoutMinutes: 20 });
    expect(await audits("config.securityUpdated", "security")).toBe(1);
    expect((await session("admin"))?.mustEnrolSecondFactor).toBe(false);
    expect((await session("panel3"))?.mustEnrolSecondFactor).toBe(true);
    expect((await session("swNkn"))?.mustEnrolSecondFactor).toBe(false);

    await enrol("panel3");
    expect((await session("panel3"))?.mustEnrolSecondFactor).toBe(false);
  });
});
