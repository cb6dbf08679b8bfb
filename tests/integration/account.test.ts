import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { applyPreferredLocale } from "@/lib/account/apply-preferred-locale";
import { changeOwnPassword } from "@/lib/account/change-own-password";
import { getIdleTimeout } from "@/lib/account/get-idle-timeout";
import { getOwnAccount } from "@/lib/account/get-own-account";
import { listOwnSignIns } from "@/lib/account/list-own-sign-ins";
import { setPreferredLocale } from "@/lib/account/set-preferred-locale";
import { signOutEverywhere } from "@/lib/account/sign-out-everywhere";
import { loadSessionActor } from "@/lib/auth/load-actor";
import { MAX_FAILED_LOGINS } from "@/lib/auth/lockout";
import { DEMO_PASSWORD } from "@/lib/auth/password-policy";
import { signOutSession } from "@/lib/auth/sign-out-session";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { db } from "@/lib/db";
import { RateLimitedError } from "@/lib/errors";
import { createWorld, TEST_PASSWORD, type UserKey, type World } from "./fixtures";

const cookieJar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => cookieJar.get(name), set: (name: string, value: string) => void cookieJar.set(name, value) }),
  headers: async () => new Headers(),
}));

/** Long, unexpected, and free of the fixture users' names and e-mails: meets every password rule. */
const GOOD_PASSWORD = "Chameau bleu traverse la dune 42";

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const userOf = (key: UserKey) =>
  db.user.findUniqueOrThrow({
    where: { id: world.actors[key].userId },
    select: { passwordHash: true, failedLoginCount: true, lockedUntil: true, sessionVersion: true, preferredLocale: true },
  });
const auditOf = (key: UserKey, action: string) => db.auditEvent.findMany({ where: { entityId: world.actors[key].userId, action } });
/** A session as sign-in issues it: a fresh id and the user's current version. */
async function signIn(key: UserKey) {
  const userId = world.actors[key].userId;
  const { sessionVersion } = await userOf(key);
  return { userId, claims: { sessionId: randomUUID(), sessionVersion } };
}
const stillValid = async (session: Awaited<ReturnType<typeof signIn>>) => (await loadSessionActor(session.userId, session.claims)) !== null;
const change = (newPassword: string, currentPassword = TEST_PASSWORD, confirmPassword = newPassword) => ({ currentPassword, newPassword, confirmPassword });

describe("getOwnAccount", () => {
  it("gives the user their own account, with no second factor, no sign-in yet and no chosen language", async () => {
    const account = await getOwnAccount(world.actors.supNdb);
    expect(account).toMatchObject({
      name: "supNdb",
      email: "supndb@test.example",
      role: "CENTRE_SUPERVISOR",
      organisation: { name: "MASEF", nameAr: null },
      preferredLocale: null,
      lastSignInAt: null,
      twoFactorEnabledAt: null,
    });
  });
});

describe("changeOwnPassword", () => {
  it.each<[string, Record<string, unknown>, Record<string, string>]>([
    ["a missing current password", change(GOOD_PASSWORD, ""), { currentPassword: "required" }],
    ["a new password under 12 characters", change("Court-mdp-1"), { newPassword: "password.tooShort" }],
    ["a new password over 128 characters", change("x".repeat(129)), { newPassword: "password.tooLong" }],
    ["two different new passwords", change(GOOD_PASSWORD, TEST_PASSWORD, `${GOOD_PASSWORD}!`), { confirmPassword: "password.mismatch" }],
    ["the demo password of the README", change(DEMO_PASSWORD), { newPassword: "demo" }],
    ["the user's own name inside", change("Mon nom est swNdb et voila 42"), { newPassword: "personal" }],
    ["a guessable password", change("motdepasse123"), { newPassword: "weak" }],
    ["the current password again", change(`${TEST_PASSWORD}-xyz`, `${TEST_PASSWORD}-xyz`), { newPassword: "sameAsCurrent" }],
  ])("refuses %s beside the field, writing and counting nothing", async (_label, input, expected) => {
    const before = await userOf("swNdb");
    const audits = await db.auditEvent.count();
    const result = await changeOwnPassword(world.actors.swNdb, input);
    const prefixed = Object.fromEntries(
      Object.entries(expected).map(([field, key]) => [field, ["required", "password.tooShort", "password.tooLong", "password.mismatch"].includes(key) ? key : `password.${key}`]),
    );
    expect(result).toEqual({ ok: false, fieldErrors: prefixed });
    expect(await userOf("swNdb")).toEqual(before);
    expect(await db.auditEvent.count()).toBe(audits);
  });

  it("refuses a wrong current password beside the field, changes nothing, and counts it like a failed sign-in", async () => {
    const before = await userOf("sw2Ndb");
    const result = await changeOwnPassword(world.actors.sw2Ndb, change(GOOD_PASSWORD, "Not-the-password-1"));
    expect(result).toEqual({ ok: false, fieldErrors: { currentPassword: "password.wrongCurrent" } });
    const after = await userOf("sw2Ndb");
    expect(after.passwordHash).toBe(before.passwordHash);
    expect(after.sessionVersion).toBe(before.sessionVersion);
    expect(after.failedLoginCount).toBe(before.failedLoginCount + 1);
    const [refused] = await auditOf("sw2Ndb", "account.passwordChangeRefused");
    expect(refused).toMatchObject({ actorId: world.actors.sw2Ndb.userId, entityType: "User", after: { failedLoginCount: 1, lockedUntil: null } });
    // The old password still signs in (and a success starts the count afresh).
    expect(await verifyCredentials("sw2ndb@test.example", TEST_PASSWORD)).toMatchObject({ ok: true });
  });

  it("is no password oracle: after the lockout's limit of wrong current passwords even the right one is refused, and sign-in is locked too", async () => {
    const now = new Date();
    for (let attempt = 1; attempt < MAX_FAILED_LOGINS; attempt++) {
      expect(await changeOwnPassword(world.actors.swNkn, change(GOOD_PASSWORD, `Wrong-guess-${attempt}`), now)).toMatchObject({ ok: false });
    }
    await expect(changeOwnPassword(world.actors.swNkn, change(GOOD_PASSWORD, "Wrong-guess-last"), now)).rejects.toBeInstanceOf(RateLimitedError);
    const locked = await userOf("swNkn");
    expect(locked.lockedUntil!.getTime()).toBeGreaterThan(now.getTime());
    expect(await auditOf("swNkn", "auth.account.locked")).toHaveLength(1);

    const rightButLocked = changeOwnPassword(world.actors.swNkn, change(GOOD_PASSWORD), now);
    await expect(rightButLocked).rejects.toMatchObject({ retryAfterMinutes: 15 });
    expect((await userOf("swNkn")).passwordHash).toBe(locked.passwordHash);
    expect(await verifyCredentials("swnkn@test.example", TEST_PASSWORD, now)).toEqual({ ok: false, reason: "locked" });
  });

  it("changes the password with the right current one: the new one signs in, the old one no longer does, every session has ended, audited", async () => {
    const session = await signIn("supNkn");
    const otherDevice = await signIn("supNkn");
    const before = await userOf("supNkn");
    const someoneElse = await userOf("supNdb");

    expect(await changeOwnPassword(world.actors.supNkn, change(GOOD_PASSWORD))).toEqual({ ok: true, data: undefined });

    const after = await userOf("supNkn");
    expect(after.passwordHash).not.toBe(before.passwordHash);
    expect(after.passwordHash).toMatch(/^\$argon2id\$/);
    expect(after.sessionVersion).toBeGreaterThan(before.sessionVersion);
    expect(await stillValid(session)).toBe(false);
    expect(await stillValid(otherDevice)).toBe(false);
    expect(await verifyCredentials("supnkn@test.example", TEST_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials("supnkn@test.example", GOOD_PASSWORD)).toMatchObject({ ok: true });
    const [changed] = await auditOf("supNkn", "account.passwordChanged");
    expect(changed).toMatchObject({ actorId: world.actors.supNkn.userId, entityType: "User", before: null, after: null });
    // Only the user's own row.
    expect(await userOf("supNdb")).toEqual(someoneElse);
  });
});

describe("setPreferredLocale", () => {
  it("keeps the chosen language on the account, audited with before and after; the same choice again writes nothing", async () => {
    expect(await setPreferredLocale(world.actors.bid, { locale: "ar" })).toEqual({ ok: true, data: { locale: "ar" } });
    expect((await userOf("bid")).preferredLocale).toBe("ar");
    expect((await getOwnAccount(world.actors.bid)).preferredLocale).toBe("ar");
    const [changed] = await auditOf("bid", "account.localeChanged");
    expect(changed).toMatchObject({ actorId: world.actors.bid.userId, before: { preferredLocale: null }, after: { preferredLocale: "ar" } });

    await setPreferredLocale(world.actors.bid, { locale: "ar" });
    expect(await auditOf("bid", "account.localeChanged")).toHaveLength(1);
    await setPreferredLocale(world.actors.bid, { locale: "en" });
    expect((await userOf("bid")).preferredLocale).toBe("en");
    expect(await auditOf("bid", "account.localeChanged")).toHaveLength(2);
  });

  it.each([[{ locale: "de" }], [{ locale: null }], [{}], [{ locale: "AR" }]])("refuses %j beside the field, writing nothing", async (input) => {
    const audits = await db.auditEvent.count();
    expect(await setPreferredLocale(world.actors.panel, input)).toEqual({ ok: false, fieldErrors: { locale: "invalid" } });
    expect((await userOf("panel")).preferredLocale).toBeNull();
    expect(await db.auditEvent.count()).toBe(audits);
  });
});

describe("applyPreferredLocale", () => {
  it("sets this device's language cookie to the account's language at sign-in, and leaves it alone when none was chosen", async () => {
    await setPreferredLocale(world.actors.panel2, { locale: "ar" });
    cookieJar.clear();
    const panel2 = await db.user.findUniqueOrThrow({ where: { id: world.actors.panel2.userId }, select: { email: true } });
    expect(await applyPreferredLocale(` ${panel2.email.toUpperCase()}`)).toBe("ar");
    expect(cookieJar.get("NEXT_LOCALE")).toBe("ar");

    cookieJar.clear();
    const panel3 = await db.user.findUniqueOrThrow({ where: { id: world.actors.panel3.userId }, select: { email: true } });
    expect(await applyPreferredLocale(panel3.email)).toBeNull();
    expect(await applyPreferredLocale("nobody@test.example")).toBeNull();
    expect(cookieJar.size).toBe(0);
  });
});

describe("signOutEverywhere", () => {
  it("ends every session of the user, this one included, and no one else's; audited", async () => {
    const here = await signIn("ngoA");
    const phone = await signIn("ngoA");
    const someoneElse = await signIn("ngoB");
    await signOutEverywhere(world.actors.ngoA);
    expect(await stillValid(here)).toBe(false);
    expect(await stillValid(phone)).toBe(false);
    expect(await stillValid(someoneElse)).toBe(true);
    expect(await auditOf("ngoA", "auth.signedOutEverywhere")).toMatchObject([{ actorId: world.actors.ngoA.userId, entityType: "User" }]);
    // Signing in again works.
    expect(await stillValid(await signIn("ngoA"))).toBe(true);
  });
});

describe("signing out after the idle timeout", () => {
  it("ends this session only, audited as an idle sign-out", async () => {
    const idle = await signIn("ngoB");
    const elsewhere = await signIn("ngoB");
    await signOutSession(world.actors.ngoB, idle.claims.sessionId, "auth.signedOutIdle");
    expect(await stillValid(idle)).toBe(false);
    expect(await stillValid(elsewhere)).toBe(true);
    expect(await auditOf("ngoB", "auth.signedOutIdle")).toHaveLength(1);
    expect(await auditOf("ngoB", "auth.logout")).toHaveLength(0);
  });
});

describe("getIdleTimeout", () => {
  it("is 15 minutes then 2 by default, and follows the administrator's setting", async () => {
    expect(await getIdleTimeout()).toEqual({ warnAfterMinutes: 15, graceMinutes: 2 });
    await db.setting.create({ data: { key: "security", value: { twoFactorRequiredRoles: [], idleTimeoutMinutes: 5 } } });
    expect(await getIdleTimeout()).toEqual({ warnAfterMinutes: 5, graceMinutes: 2 });
  });
});

describe("listOwnSignIns", () => {
  it("lists the user's own latest sign-in attempts, newest first, ten at most, with the failure count and the lock's end", async () => {
    const start = new Date(Date.now() - 60 * 60_000);
    const at = (minute: number) => new Date(start.getTime() + minute * 60_000);
    await verifyCredentials("me@test.example", TEST_PASSWORD, at(0));
    await verifyCredentials("me@test.example", "wrong-1", at(1));
    await verifyCredentials("me@test.example", "wrong-2", at(2));
    // Someone else's attempts never show.
    await verifyCredentials("admin@test.example", "wrong-1", at(3));

    const signIns = await listOwnSignIns(world.actors.me);
    expect(signIns.map((s) => [s.outcome, s.failedLoginCount])).toEqual([
      ["failed", 2],
      ["failed", 1],
      ["succeeded", null],
    ]);
    expect(signIns[0].at.getTime()).toBeGreaterThanOrEqual(signIns[2].at.getTime());

    // Wrong passwords up to the lock, then (once it has expired) four sign-ins: eleven attempts recorded.
    for (let attempt = 3; attempt <= MAX_FAILED_LOGINS; attempt++) await verifyCredentials("me@test.example", `wrong-${attempt}`, at(4));
    for (let signIn = 0; signIn < 4; signIn++) expect(await verifyCredentials("me@test.example", TEST_PASSWORD, at(30))).toMatchObject({ ok: true });
    const later = await listOwnSignIns(world.actors.me);
    expect(later.map((s) => s.outcome)).toEqual([...Array(4).fill("succeeded"), "locked", "failed", "failed", "failed", "failed", "failed"]);
    expect(later[4].lockedUntil?.getTime()).toBe(at(4).getTime() + 15 * 60_000);
    expect(await listOwnSignIns(world.actors.national)).toEqual([]);
  });
});
