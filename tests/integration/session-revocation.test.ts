import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor, loadSessionActor } from "@/lib/auth/load-actor";
import { revokeAllSessions } from "@/lib/auth/revoke-sessions";
import { signOutSession } from "@/lib/auth/sign-out-session";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { db } from "@/lib/db";
import { createWorld, type UserKey, type World } from "./fixtures";

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

/** A session as sign-in issues it: a fresh id and the user's current version. */
async function signIn(key: UserKey) {
  const userId = world.actors[key].userId;
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  return { userId, claims: { sessionId: randomUUID(), sessionVersion } };
}
const stillValid = async (session: Awaited<ReturnType<typeof signIn>>) => (await loadSessionActor(session.userId, session.claims)) !== null;
const version = async (userId: string) =>
  (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } })).sessionVersion;

describe("session revocation", () => {
  it("a fresh session loads its actor; a token without the session claims does not", async () => {
    const session = await signIn("swNdb");
    expect((await loadSessionActor(session.userId, session.claims))?.userId).toBe(session.userId);
    expect(await loadSessionActor(session.userId, {})).toBeNull();
    expect(await loadSessionActor(session.userId, { sessionId: "not-a-uuid", sessionVersion: session.claims.sessionVersion })).toBeNull();
  });

  it("the session's actor (one SQL statement) is the user's actor: role, organisation and every centre", async () => {
    for (const key of ["swNdb", "supNdb", "national"] as const) {
      const session = await signIn(key);
      const fromSession = await loadSessionActor(session.userId, session.claims);
      const fromUser = await loadActor(session.userId);
      expect(fromSession).toEqual({ ...fromUser, centreIds: [...fromUser!.centreIds].sort() });
    }
    // A user id that is not a UUID (a forged or foreign token) is no session, not a database error.
    const session = await signIn("swNdb");
    expect(await loadSessionActor("not-a-uuid", session.claims)).toBeNull();
  });

  it("signing out ends that session only, with its audit event", async () => {
    const signedOut = await signIn("sw2Ndb");
    const otherDevice = await signIn("sw2Ndb");
    await signOutSession(world.actors.sw2Ndb, signedOut.claims.sessionId);
    expect(await stillValid(signedOut)).toBe(false);
    expect(await stillValid(otherDevice)).toBe(true);
    expect(await db.auditEvent.count({ where: { action: "auth.logout", actorId: signedOut.userId } })).toBe(1);
    // Signing out twice (two tabs) is no error.
    await expect(signOutSession(world.actors.sw2Ndb, signedOut.claims.sessionId)).resolves.toBeUndefined();
  });

  it("signed-out sessions are forgotten once they would have expired anyway", async () => {
    await db.revokedSession.create({ data: { id: randomUUID(), userId: world.actors.swNkn.userId, expiresAt: new Date(Date.now() - 1000) } });
    await signOutSession(world.actors.swNkn, (await signIn("swNkn")).claims.sessionId);
    expect(await db.revokedSession.count({ where: { expiresAt: { lt: new Date() } } })).toBe(0);
  });

  it("revokeAllSessions ends every session of the user and no one else's", async () => {
    const a = await signIn("supNdb");
    const b = await signIn("supNdb");
    const someoneElse = await signIn("supNkn");
    await db.$transaction((tx) => revokeAllSessions(tx, a.userId));
    expect(await stillValid(a)).toBe(false);
    expect(await stillValid(b)).toBe(false);
    expect(await stillValid(someoneElse)).toBe(true);
    expect(await stillValid(await signIn("supNdb"))).toBe(true);
  });

  // The database raises the version itself, so that no code path changing these can forget to.
  it.each<[string, UserKey, (userId: string) => Promise<unknown>]>([
    ["deactivation", "ngoA", (id) => db.user.update({ where: { id }, data: { active: false } })],
    ["a role change", "ngoB", (id) => db.user.update({ where: { id }, data: { role: "CENTRE_SUPERVISOR" } })],
    ["a password change", "panel", (id) => db.user.update({ where: { id }, data: { passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$new" } })],
    ["a move to another organisation", "panel2", (id) => db.user.update({ where: { id }, data: { organisationId: world.organisations["NGO-A"] } })],
    ["a centre added", "panel3", (id) => db.userCentre.create({ data: { userId: id, centreId: world.centres.NKN } })],
    ["a centre removed", "swNdb", (id) => db.userCentre.deleteMany({ where: { userId: id } })],
    ["a raw SQL role change", "panel4", (id) => db.$executeRaw`UPDATE "User" SET "role" = 'BID_COORDINATOR' WHERE "id" = ${id}::uuid`],
  ])("%s ends the user's sessions", async (_label, key, change) => {
    const session = await signIn(key);
    await change(session.userId);
    expect(await version(session.userId)).toBe(session.claims.sessionVersion + 1);
    expect(await stillValid(session)).toBe(false);
  });

  it("other changes (name, failed sign-ins) leave sessions alone", async () => {
    const session = await signIn("national");
    await db.user.update({ where: { id: session.userId }, data: { name: "Renamed" } });
    await verifyCredentials("national@test.example", "wrong-password");
    expect(await version(session.userId)).toBe(session.claims.sessionVersion);
    expect(await stillValid(session)).toBe(true);
  });

  it("an update that raises the version itself as well raises it once", async () => {
    const userId = world.actors.bid.userId;
    const before = await version(userId);
    await db.user.update({ where: { id: userId }, data: { active: false, sessionVersion: { increment: 1 } } });
    expect(await version(userId)).toBe(before + 1);
  });
});
