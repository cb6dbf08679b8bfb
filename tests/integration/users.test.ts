import { beforeAll, describe, expect, it } from "vitest";
import { hashAccountToken } from "@/lib/auth/account-token-rules";
import { loadActor } from "@/lib/auth/load-actor";
import { hashPassword } from "@/lib/auth/password";
import { registerChild } from "@/lib/cases/register-child";
import { getCase } from "@/lib/cases/get-case";
import { listCaseloadWorkers } from "@/lib/cases/list-caseload-workers";
import { getDashboard } from "@/lib/dashboards/get-dashboard";
import { db } from "@/lib/db";
import { ConflictError, InvalidStateError, NotFoundError } from "@/lib/errors";
import { createUser } from "@/lib/users/create-user";
import { getUser } from "@/lib/users/get-user";
import { issueUserLink } from "@/lib/users/issue-user-link";
import { listAccountOptions } from "@/lib/users/list-account-options";
import { listUserHistory } from "@/lib/users/list-user-history";
import { listUsers } from "@/lib/users/list-users";
import { unlockUser } from "@/lib/users/unlock-user";
import { updateUser } from "@/lib/users/update-user";
import { parseUserFilters } from "@/lib/users/user-filters";
import { createWorld, validChild, type UserKey, type World } from "./fixtures";

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

async function rowCounts() {
  const [users, userCentres, tokens, audit] = await Promise.all([db.user.count(), db.userCentre.count(), db.accountToken.count(), db.auditEvent.count()]);
  return { users, userCentres, tokens, audit };
}

function newWorker(overrides: Record<string, unknown> = {}) {
  return {
    name: "Khadija Mint Sidi",
    email: `k.sidi.${Math.random().toString(36).slice(2, 8)}@test.example`,
    role: "SOCIAL_WORKER",
    organisationId: world.organisations.MASEF,
    centreIds: [world.centres.NDB],
    preferredLocale: "ar",
    ...overrides,
  };
}

async function formOf(userId: string) {
  const user = await getUser(world.actors.admin, userId);
  return {
    name: user.name,
    role: user.role,
    organisationId: user.organisationId,
    centreIds: user.centreIds,
    preferredLocale: user.preferredLocale ?? "",
    active: user.active,
    version: user.version,
  };
}

const NON_ADMINS: UserKey[] = ["swNdb", "supNdb", "national", "bid", "panel", "ngoA", "me"];

describe("who may manage accounts", () => {
  it.each(NON_ADMINS)("%s is refused every account function, as if nothing existed", async (key) => {
    const actor = world.actors[key];
    const target = world.actors.sw2Ndb.userId;
    const before = await rowCounts();
    await expect(listUsers(actor, parseUserFilters({}))).rejects.toBeInstanceOf(NotFoundError);
    await expect(getUser(actor, target)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listUserHistory(actor, target)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listAccountOptions(actor)).rejects.toBeInstanceOf(NotFoundError);
    await expect(createUser(actor, newWorker())).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateUser(actor, target, await formOf(target))).rejects.toBeInstanceOf(NotFoundError);
    await expect(unlockUser(actor, target)).rejects.toBeInstanceOf(NotFoundError);
    await expect(issueUserLink(actor, target)).rejects.toBeInstanceOf(NotFoundError);
    expect(await rowCounts()).toEqual(before);
  });

  it("an unknown or malformed account id is not found for the administrator either", async () => {
    for (const id of ["00000000-0000-4000-8000-000000000000", "not-an-id"]) {
      await expect(getUser(world.actors.admin, id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(unlockUser(world.actors.admin, id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(issueUserLink(world.actors.admin, id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(updateUser(world.actors.admin, id, { ...(await formOf(world.actors.swNdb.userId)) })).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});

describe("createUser", () => {
  it("creates the account without a password, with a 72-hour activation link stored hashed, audited", async () => {
    const input = newWorker({ email: "  New.Worker@Test.Example " });
    const result = await createUser(world.actors.admin, input);
    if (!result.ok) throw new Error(JSON.stringify(result));
    const user = await db.user.findUniqueOrThrow({ where: { id: result.data.userId }, include: { centres: true } });
    expect(user).toMatchObject({ email: "new.worker@test.example", passwordHash: null, role: "SOCIAL_WORKER", preferredLocale: "ar", active: true });
    expect(user.centres.map((c) => c.centreId)).toEqual([world.centres.NDB]);
    const token = await db.accountToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(token.tokenHash).toBe(hashAccountToken(result.data.token));
    expect(token.tokenHash).not.toContain(result.data.token);
    expect(token).toMatchObject({ purpose: "ACTIVATION", usedAt: null, issuedById: world.actors.admin.userId });
    expect(token.expiresAt.getTime() - token.createdAt.getTime()).toBeGreaterThan(72 * 3_600_000 - 5_000);
    expect(token.expiresAt.getTime() - token.createdAt.getTime()).toBeLessThan(72 * 3_600_000 + 5_000);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "user.created", entityId: user.id } });
    expect(audit.actorId).toBe(world.actors.admin.userId);
    expect(audit.after).toMatchObject({ email: "new.worker@test.example", role: "SOCIAL_WORKER", centreIds: [world.centres.NDB] });
    expect(JSON.stringify(audit.after)).not.toContain(result.data.token);
  });

  it("a panel member, a BID coordinator and an NGO caseworker need no centre", async () => {
    for (const [role, organisationId] of [
      ["PANEL_MEMBER", world.organisations["NGO-A"]],
      ["BID_COORDINATOR", world.organisations.IOM],
      ["NGO_CASEWORKER", world.organisations["NGO-B"]],
    ] as const) {
      const result = await createUser(world.actors.admin, newWorker({ role, organisationId, centreIds: [] }));
      expect(result.ok, role).toBe(true);
    }
  });

  it.each([
    ["a taken e-mail (any case)", { email: "SWNDB@test.example" }, { email: "emailTaken" }],
    ["a malformed e-mail", { email: "not an email" }, { email: "emailFormat" }],
    ["an NGO caseworker in the ministry", { role: "NGO_CASEWORKER", centreIds: [] }, { organisationId: "organisationRoleMismatch" }],
    ["a social worker in an NGO", { organisationId: "NGO-A" }, { organisationId: "organisationRoleMismatch" }],
    ["a BID coordinator in the ministry", { role: "BID_COORDINATOR", centreIds: [] }, { organisationId: "organisationRoleMismatch" }],
    ["a panel member without an organisation", { role: "PANEL_MEMBER", organisationId: "", centreIds: [] }, { organisationId: "required" }],
    ["a social worker without a centre", { centreIds: [] }, { centreIds: "centreRequired" }],
    ["a national supervisor with a centre", { role: "NATIONAL_SUPERVISOR" }, { centreIds: "centreNotForRole" }],
    ["an unknown centre", { centreIds: ["00000000-0000-4000-8000-000000000000"] }, { centreIds: "unknownCentre" }],
    ["a malformed centre id", { centreIds: ["NDB"] }, { centreIds: "unknownCentre" }],
    ["an unknown organisation", { organisationId: "00000000-0000-4000-8000-000000000000" }, { organisationId: "unknownOrganisation" }],
    ["null for the centres", { centreIds: null }, { centreIds: "centreRequired" }],
    ["an object for the role", { role: { a: 1 } }, { role: "required" }],
    ["an unknown language", { preferredLocale: "de" }, { preferredLocale: "invalid" }],
  ])("refuses %s with a message beside the field, writing nothing", async (_label, overrides, expected) => {
    const values = newWorker(overrides);
    if (values.organisationId === "NGO-A") values.organisationId = world.organisations["NGO-A"];
    const before = await rowCounts();
    const result = await createUser(world.actors.admin, values);
    expect(result).toEqual({ ok: false, fieldErrors: expect.objectContaining(expected) });
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses a centre outside the organisation's country, writing nothing", async () => {
    const dakar = await db.centre.create({ data: { code: "DKR", name: "Centre Dakar", town: "Dakar", capacity: 5, country: "SN" } });
    const before = await rowCounts();
    const result = await createUser(world.actors.admin, newWorker({ centreIds: [world.centres.NDB, dakar.id] }));
    expect(result).toEqual({ ok: false, fieldErrors: { centreIds: "centreOutsideCountry" } });
    expect(await rowCounts()).toEqual(before);
  });

  it.each([null, undefined, [], "x", 42])("refuses %j instead of the form's values, writing nothing", async (input) => {
    const before = await rowCounts();
    const result = await createUser(world.actors.admin, input);
    expect(result.ok).toBe(false);
    expect(await rowCounts()).toEqual(before);
  });

  it("two administrators creating the same e-mail at once: one account", async () => {
    const values = newWorker({ email: "twice@test.example" });
    const results = await Promise.all([createUser(world.actors.admin, values), createUser(world.actors.admin, values)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, fieldErrors: { email: "emailTaken" } });
    expect(await db.user.count({ where: { email: "twice@test.example" } })).toBe(1);
  });
});

describe("updateUser", () => {
  it("changes role, organisation and centres, audited with before and after; the user's sessions end", async () => {
    const created = await createUser(world.actors.admin, newWorker());
    if (!created.ok) throw new Error("create failed");
    const id = created.data.userId;
    const sessionBefore = (await db.user.findUniqueOrThrow({ where: { id } })).sessionVersion;
    const form = await formOf(id);
    const result = await updateUser(world.actors.admin, id, { ...form, role: "CENTRE_SUPERVISOR", centreIds: [world.centres.NKN, world.centres.NDB] });
    expect(result).toEqual({ ok: true, data: { version: form.version + 1 } });
    const user = await db.user.findUniqueOrThrow({ where: { id }, include: { centres: true } });
    expect(user.role).toBe("CENTRE_SUPERVISOR");
    expect(user.centres.map((c) => c.centreId).sort()).toEqual([world.centres.NDB, world.centres.NKN].sort());
    expect(user.sessionVersion).toBeGreaterThan(sessionBefore);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "user.updated", entityId: id } });
    expect(audit.before).toEqual({ role: "SOCIAL_WORKER", centreIds: [world.centres.NDB] });
    expect(audit.after).toEqual({ role: "CENTRE_SUPERVISOR", centreIds: [world.centres.NDB, world.centres.NKN].sort() });
  });

  it("a form read before someone else's change is refused with who changed it, nothing overwritten", async () => {
    const created = await createUser(world.actors.admin, newWorker());
    if (!created.ok) throw new Error("create failed");
    const id = created.data.userId;
    const stale = await formOf(id);
    expect((await updateUser(world.actors.admin, id, { ...stale, name: "Khadija Mint Sidi Mohamed" })).ok).toBe(true);
    const before = await rowCounts();
    const refused = updateUser(world.actors.admin, id, { ...stale, preferredLocale: "fr" });
    await expect(refused).rejects.toBeInstanceOf(ConflictError);
    await expect(refused).rejects.toMatchObject({ changedByName: "admin" });
    expect(await rowCounts()).toEqual(before);
    expect((await db.user.findUniqueOrThrow({ where: { id } })).preferredLocale).toBe("ar");
  });

  it("a form with no change writes nothing", async () => {
    const created = await createUser(world.actors.admin, newWorker());
    if (!created.ok) throw new Error("create failed");
    const id = created.data.userId;
    const form = await formOf(id);
    const before = await rowCounts();
    expect(await updateUser(world.actors.admin, id, form)).toEqual({ ok: true, data: { version: form.version } });
    expect(await rowCounts()).toEqual(before);
  });

  it("the same rules as creation apply, nothing written", async () => {
    const created = await createUser(world.actors.admin, newWorker());
    if (!created.ok) throw new Error("create failed");
    const id = created.data.userId;
    const form = await formOf(id);
    const before = await rowCounts();
    expect(await updateUser(world.actors.admin, id, { ...form, centreIds: [] })).toEqual({ ok: false, fieldErrors: { centreIds: "centreRequired" } });
    expect(await updateUser(world.actors.admin, id, { ...form, role: "NGO_CASEWORKER", centreIds: [] })).toEqual({
      ok: false,
      fieldErrors: { organisationId: "organisationRoleMismatch" },
    });
    expect(await updateUser(world.actors.admin, id, { ...form, version: null })).toMatchObject({ ok: false, fieldErrors: { version: "invalid" } });
    expect(await rowCounts()).toEqual(before);
  });

  it("a social worker moved out of a centre loses its cases at once; they show as to reassign on the supervisor's dashboard", async () => {
    const created = await createUser(world.actors.admin, newWorker());
    if (!created.ok) throw new Error("create failed");
    const workerId = created.data.userId;
    const worker = (await loadActor(workerId))!;
    const registered = await registerChild(worker, validChild({ firstName: "Awa" }));
    if (!registered.ok) throw new Error("registration failed");
    await expect(getCase(worker, registered.data.caseId)).resolves.toBeTruthy();
    expect((await getDashboard(world.actors.supNdb, {})).toReassign.some((row) => row.workerId === workerId)).toBe(false);

    const form = await formOf(workerId);
    expect((await updateUser(world.actors.admin, workerId, { ...form, centreIds: [world.centres.NKN] })).ok).toBe(true);
    const moved = (await loadActor(workerId))!;
    await expect(getCase(moved, registered.data.caseId)).rejects.toBeInstanceOf(NotFoundError);
    const dashboard = await getDashboard(world.actors.supNdb, {});
    expect(dashboard.toReassign.filter((row) => row.workerId === workerId)).toEqual([
      { workerId, name: "Khadija Mint Sidi", active: true, centreId: world.centres.NDB, centreName: "CPISE NDB", open: 1 },
    ]);
    // The caseload's worker filter, followed from that row, names her although she left the centre.
    expect((await listCaseloadWorkers(world.actors.supNdb, { workerId })).map((w) => w.id)).toContain(workerId);
    expect((await listCaseloadWorkers(world.actors.supNdb)).map((w) => w.id)).not.toContain(workerId);
    // The supervisor of the centre the worker moved to has nothing of hers to reassign.
    expect((await getDashboard(world.actors.supNkn, {})).toReassign.some((row) => row.workerId === workerId)).toBe(false);
  });

  it("an administrator can neither deactivate nor demote themselves", async () => {
    const id = world.actors.admin.userId;
    const form = await formOf(id);
    const before = await rowCounts();
    expect(await updateUser(world.actors.admin, id, { ...form, active: false })).toEqual({ ok: false, fieldErrors: { active: "cannotDeactivateSelf" } });
    expect(await updateUser(world.actors.admin, id, { ...form, role: "ME_OFFICER" })).toEqual({
      ok: false,
      fieldErrors: { role: "cannotDemoteSelf" },
    });
    expect(await rowCounts()).toEqual(before);
  });

  it("two administrators deactivating each other at once: one succeeds, the last active administrator stays", async () => {
    const passwordHash = await hashPassword("Another-Horse-43");
    const second = await db.user.create({
      data: { email: "admin2@test.example", name: "Second Administrator", role: "ADMINISTRATOR", organisationId: world.organisations.IOM, passwordHash },
    });
    const admin2 = (await loadActor(second.id))!;
    const adminForm = await formOf(world.actors.admin.userId);
    const admin2Form = await formOf(second.id);
    const results = await Promise.all([
      updateUser(world.actors.admin, second.id, { ...admin2Form, active: false }),
      updateUser(admin2, world.actors.admin.userId, { ...adminForm, active: false }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, fieldErrors: { active: "lastAdministrator" } });
    expect(await db.user.count({ where: { role: "ADMINISTRATOR", active: true } })).toBe(1);
    // Put things back for the other tests: whoever is still active reactivates the other.
    const survivor = (await db.user.findFirstOrThrow({ where: { role: "ADMINISTRATOR", active: true } })).id;
    const other = survivor === second.id ? world.actors.admin.userId : second.id;
    const reactivated = await updateUser((await loadActor(survivor))!, other, { ...(await formOf(other)), active: true });
    expect(reactivated.ok).toBe(true);
  });
});

describe("unlockUser", () => {
  it("clears the failures and the lock, audited with what they were; an unlocked account is left alone", async () => {
    const id = world.actors.sw2Ndb.userId;
    const lockedUntil = new Date(Date.now() + 10 * 60_000);
    await db.user.update({ where: { id }, data: { failedLoginCount: 6, lockedUntil } });
    expect(await unlockUser(world.actors.admin, id)).toEqual({ unlocked: true });
    expect(await db.user.findUniqueOrThrow({ where: { id } })).toMatchObject({ failedLoginCount: 0, lockedUntil: null });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "user.unlocked", entityId: id } });
    expect(audit.before).toEqual({ failedLoginCount: 6, lockedUntil: lockedUntil.toISOString() });
    const before = await rowCounts();
    expect(await unlockUser(world.actors.admin, id)).toEqual({ unlocked: false });
    expect(await rowCounts()).toEqual(before);
  });
});

describe("issueUserLink", () => {
  it("a reset link ends the current password and the user's sessions at once, and replaces earlier links", async () => {
    const created = await createUser(world.actors.admin, newWorker());
    if (!created.ok) throw new Error("create failed");
    const id = created.data.userId;
    // The user activated the account and signed in since.
    await db.user.update({ where: { id }, data: { passwordHash: await hashPassword("Correct-Horse-44"), lastSignInAt: new Date() } });
    const sessionBefore = (await db.user.findUniqueOrThrow({ where: { id } })).sessionVersion;
    const link = await issueUserLink(world.actors.admin, id);
    expect(link.purpose).toBe("RESET");
    const user = await db.user.findUniqueOrThrow({ where: { id } });
    expect(user.passwordHash).toBeNull();
    expect(user.sessionVersion).toBeGreaterThan(sessionBefore);
    const tokens = await db.accountToken.findMany({ where: { userId: id }, orderBy: { createdAt: "asc" } });
    expect(tokens).toHaveLength(2);
    expect(tokens[0].usedAt).not.toBeNull();
    expect(tokens[1]).toMatchObject({ purpose: "RESET", usedAt: null, tokenHash: hashAccountToken(link.token) });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "user.linkIssued", entityId: id } });
    expect(audit.after).toMatchObject({ purpose: "RESET", passwordCleared: true });
  });

  it("an account never activated gets a new activation link", async () => {
    const created = await createUser(world.actors.admin, newWorker());
    if (!created.ok) throw new Error("create failed");
    expect((await issueUserLink(world.actors.admin, created.data.userId)).purpose).toBe("ACTIVATION");
  });

  it("not for one's own account nor a deactivated one, nothing written", async () => {
    const created = await createUser(world.actors.admin, newWorker());
    if (!created.ok) throw new Error("create failed");
    const id = created.data.userId;
    expect((await updateUser(world.actors.admin, id, { ...(await formOf(id)), active: false })).ok).toBe(true);
    const before = await rowCounts();
    await expect(issueUserLink(world.actors.admin, world.actors.admin.userId)).rejects.toEqual(new InvalidStateError("ownAccountLink"));
    await expect(issueUserLink(world.actors.admin, id)).rejects.toEqual(new InvalidStateError("userInactive"));
    expect(await rowCounts()).toEqual(before);
  });
});

describe("listUsers and the account's history", () => {
  it("searches name and e-mail, filters by role, organisation, centre and status, a page at a time", async () => {
    const admin = world.actors.admin;
    const all = await listUsers(admin, parseUserFilters({}));
    expect(all.total).toBe(await db.user.count());
    expect(all.rows.length).toBeLessThanOrEqual(25);
    const names = (params: Record<string, string>) => listUsers(admin, parseUserFilters(params)).then((page) => page.rows.map((row) => row.name));
    expect(await names({ q: "SUPN" })).toEqual(["supNdb", "supNkn"]);
    expect(await names({ q: "ngoa@test" })).toEqual(["ngoA"]);
    expect(await names({ role: "NGO_CASEWORKER", organisation: world.organisations["NGO-A"] })).toEqual(["ngoA"]);
    const nknSupervisors = await names({ role: "CENTRE_SUPERVISOR", centre: world.centres.NKN });
    expect(nknSupervisors).toContain("supNkn");
    expect(nknSupervisors).not.toContain("supNdb");
    await db.user.update({ where: { id: world.actors.panel4.userId }, data: { failedLoginCount: 6, lockedUntil: new Date(Date.now() + 600_000) } });
    expect(await names({ status: "locked" })).toEqual(["panel4"]);
    const pending = await listUsers(admin, parseUserFilters({ status: "pending" }));
    expect(pending.rows.every((row) => row.pending)).toBe(true);
    expect(pending.total).toBeGreaterThan(0);
    const page2 = await listUsers(admin, parseUserFilters({ page: "2" }));
    expect(page2.page).toBe(2);
    expect(page2.rows[0]?.name).not.toBe(all.rows[0].name);
    // Unknown filter values are dropped, not errors.
    expect((await listUsers(admin, parseUserFilters({ role: "KING", centre: "x", status: "?" }))).total).toBe(all.total);
  });

  it("the history lists the account's events, newest first, without their contents", async () => {
    const created = await createUser(world.actors.admin, newWorker());
    if (!created.ok) throw new Error("create failed");
    const id = created.data.userId;
    await updateUser(world.actors.admin, id, { ...(await formOf(id)), name: "Khadija Mint Sidi Ahmed" });
    await db.user.update({ where: { id }, data: { failedLoginCount: 6, lockedUntil: new Date(Date.now() + 600_000) } });
    await unlockUser(world.actors.admin, id);
    await issueUserLink(world.actors.admin, id);
    const { entries } = await listUserHistory(world.actors.admin, id);
    expect(entries.map((e) => e.action)).toEqual(["user.linkIssued", "user.unlocked", "user.updated", "user.created"]);
    expect(entries[2]).toMatchObject({ byName: "admin", fields: ["name"] });
    expect(JSON.stringify(entries)).not.toContain("Khadija Mint Sidi Ahmed");
  });
});
