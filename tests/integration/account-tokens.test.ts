import { beforeAll, describe, expect, it } from "vitest";
import { inspectAccountToken, setPasswordWithToken } from "@/lib/auth/account-tokens";
import { newAccountToken } from "@/lib/auth/account-token-rules";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { RateLimitedError } from "@/lib/errors";
import { createUser } from "@/lib/users/create-user";
import { issueUserLink } from "@/lib/users/issue-user-link";
import { createWorld, type World } from "./fixtures";

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const GOOD = "Lanterne violette sur la dune 7";
let addressCounter = 0;
/** Each test its own client address, so the per-address limit counts only what the test sends. */
const fresh = () => ({ clientAddress: `198.51.100.${++addressCounter}` });

async function newAccount(name = "Mariem Mint Vall") {
  const result = await createUser(world.actors.admin, {
    name,
    email: `${Math.random().toString(36).slice(2, 10)}@test.example`,
    role: "SOCIAL_WORKER",
    organisationId: world.organisations.MASEF,
    centreIds: [world.centres.NDB],
  });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data;
}

async function rowCounts() {
  const [audit, usedTokens, withPassword] = await Promise.all([
    db.auditEvent.count(),
    db.accountToken.count({ where: { usedAt: { not: null } } }),
    db.user.count({ where: { passwordHash: { not: null } } }),
  ]);
  return { audit, usedTokens, withPassword };
}

describe("inspectAccountToken", () => {
  it("shows whose account a valid link opens; says why another cannot be used", async () => {
    const { token } = await newAccount();
    expect(await inspectAccountToken(token)).toMatchObject({ state: "valid", purpose: "ACTIVATION", name: "Mariem Mint Vall" });
    expect(await inspectAccountToken(token, new Date(Date.now() + 73 * 3_600_000))).toEqual({ state: "expired" });
    expect(await inspectAccountToken(newAccountToken().token)).toEqual({ state: "unknown" });
    expect(await inspectAccountToken("../../etc/passwd")).toEqual({ state: "unknown" });
  });
});

describe("setPasswordWithToken", () => {
  it("sets the password (argon2), uses the link, clears a lockout and audits it as the user's own act", async () => {
    const { userId, token } = await newAccount();
    await db.user.update({ where: { id: userId }, data: { failedLoginCount: 4, lockedUntil: new Date(Date.now() + 60_000) } });
    const result = await setPasswordWithToken(token, { password: GOOD, confirm: GOOD }, fresh());
    expect(result).toMatchObject({ ok: true });
    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash!, GOOD)).toBe(true);
    expect(user).toMatchObject({ failedLoginCount: 0, lockedUntil: null });
    expect((await db.accountToken.findFirstOrThrow({ where: { userId } })).usedAt).not.toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "user.passwordSet", entityId: userId } });
    expect(audit).toMatchObject({ actorId: userId, after: { purpose: "ACTIVATION" } });
    expect(JSON.stringify(audit.after)).not.toContain(GOOD);
  });

  it("a link used once, expired, replaced or unknown sets nothing", async () => {
    const used = await newAccount();
    expect((await setPasswordWithToken(used.token, { password: GOOD, confirm: GOOD }, fresh())).ok).toBe(true);
    const expired = await newAccount();
    const replaced = await newAccount();
    await issueUserLink(world.actors.admin, replaced.userId);
    const before = await rowCounts();
    const attempt = (token: string, now?: Date) => setPasswordWithToken(token, { password: GOOD, confirm: GOOD }, { ...fresh(), now });
    expect(await attempt(used.token)).toEqual({ ok: false, tokenState: "used" });
    expect(await attempt(expired.token, new Date(Date.now() + 72 * 3_600_000 + 1000))).toEqual({ ok: false, tokenState: "expired" });
    expect(await attempt(replaced.token)).toEqual({ ok: false, tokenState: "used" });
    expect(await attempt(newAccountToken().token)).toEqual({ ok: false, tokenState: "unknown" });
    expect(await attempt("not a token")).toEqual({ ok: false, tokenState: "unknown" });
    expect(await rowCounts()).toEqual(before);
  });

  it("a deactivated account's link sets nothing", async () => {
    const { userId, token } = await newAccount();
    await db.user.update({ where: { id: userId }, data: { active: false } });
    const before = await rowCounts();
    expect(await setPasswordWithToken(token, { password: GOOD, confirm: GOOD }, fresh())).toEqual({ ok: false, tokenState: "unknown" });
    expect(await rowCounts()).toEqual(before);
  });

  it.each([
    ["too short", { password: "Court-1", confirm: "Court-1" }, { password: "password.tooShort" }],
    ["the demo password", { password: "Demo-CPISE-2026", confirm: "Demo-CPISE-2026" }, { password: "password.demo" }],
    ["the user's own name", { password: "Vall-Mariem-2026!x", confirm: "Vall-Mariem-2026!x" }, { password: "password.personal" }],
    ["too weak", { password: "aaaaaaaaaaaaaaaa", confirm: "aaaaaaaaaaaaaaaa" }, { password: "password.weak" }],
    ["two different entries", { password: GOOD, confirm: `${GOOD}!` }, { confirm: "password.mismatch" }],
    ["nothing", { password: "", confirm: "" }, { password: "required", confirm: "required" }],
    ["null fields", { password: null, confirm: null }, { password: "required", confirm: "required" }],
  ])("refuses %s beside the field; the link stays usable", async (_label, input, expected) => {
    const { token } = await newAccount();
    const before = await rowCounts();
    expect(await setPasswordWithToken(token, input, fresh())).toEqual({ ok: false, fieldErrors: expected });
    expect(await rowCounts()).toEqual(before);
    expect((await inspectAccountToken(token)).state).toBe("valid");
  });

  it("two submissions of the same link at once: exactly one sets the password", async () => {
    const { userId, token } = await newAccount();
    const other = "Tambour orange sous la pluie 9";
    const results = await Promise.all([
      setPasswordWithToken(token, { password: GOOD, confirm: GOOD }, fresh()),
      setPasswordWithToken(token, { password: other, confirm: other }, fresh()),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, tokenState: "used" });
    expect(await db.auditEvent.count({ where: { action: "user.passwordSet", entityId: userId } })).toBe(1);
  });

  it("is rate limited per client address, before any password is hashed", async () => {
    const address = { clientAddress: "203.0.113.77" };
    const unknown = newAccountToken().token;
    for (let attempt = 0; attempt < 20; attempt++) {
      expect(await setPasswordWithToken(unknown, { password: GOOD, confirm: GOOD }, address)).toEqual({ ok: false, tokenState: "unknown" });
    }
    await expect(setPasswordWithToken(unknown, { password: GOOD, confirm: GOOD }, address)).rejects.toBeInstanceOf(RateLimitedError);
    // A valid link from that address waits too.
    const { token } = await newAccount();
    await expect(setPasswordWithToken(token, { password: GOOD, confirm: GOOD }, address)).rejects.toBeInstanceOf(RateLimitedError);
  });
});
