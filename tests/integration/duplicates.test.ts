import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { dateOfBirthForEstimatedAge, todayUtc } from "@/lib/dates/calendar";
import { decideAccessRequest } from "@/lib/cases/decide-access-request";
import { getCase } from "@/lib/cases/get-case";
import { listAccessRequests } from "@/lib/cases/list-access-requests";
import { registerChild } from "@/lib/cases/register-child";
import { requestCaseAccess } from "@/lib/cases/request-case-access";
import { searchPossibleDuplicates, type DuplicateMatch } from "@/lib/cases/search-possible-duplicates";
import { db } from "@/lib/db";
import { InvalidStateError, NotFoundError } from "@/lib/errors";
import { createWorld, validChild, type UserKey, type World } from "./fixtures";

let world: World;
const cases = {} as Record<"mohamedNdb" | "arabicNdb" | "fatoumataNkn" | "aissatouNdb" | "mamadouNdb" | "duplicate" | "grantNdb" | "denyNdb", { id: string; caseNumber: string }>;

async function register(key: UserKey, child: Record<string, unknown>) {
  const result = await registerChild(world.actors[key], validChild(child));
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return { id: result.data.caseId, caseNumber: result.data.caseNumber };
}

async function search(key: UserKey, input: Record<string, unknown>): Promise<DuplicateMatch[]> {
  const result = await searchPossibleDuplicates(world.actors[key], input);
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return result.data;
}

const numbers = (matches: DuplicateMatch[]) => matches.map((m) => m.caseNumber);

async function counts() {
  const [auditEvents, accessRequests, caseEvents, cases] = await Promise.all([
    db.auditEvent.count(),
    db.caseAccessRequest.count(),
    db.caseEvent.count(),
    db.case.count(),
  ]);
  return { auditEvents, accessRequests, caseEvents, cases };
}

beforeAll(async () => {
  world = await createWorld();
  cases.mohamedNdb = await register("swNdb", { firstName: "Mohamed", lastName: "Diallo", dateOfBirth: "2012-03-14", nationality: "GN" });
  cases.arabicNdb = await register("sw2Ndb", { firstName: "محمد", lastName: "ولد أحمد", sex: "MALE", dateOfBirth: "2011-07-01", nationality: "MR" });
  cases.fatoumataNkn = await register("swNkn", { firstName: "Fatoumata", lastName: "Sow", sex: "FEMALE", dateOfBirth: "2010-01-20", nationality: "ML" });
  cases.aissatouNdb = await register("swNdb", { firstName: "Aïssatou", lastName: "Bah", sex: "FEMALE", dateOfBirth: "2013-09-09", nationality: "GN" });
  cases.mamadouNdb = await register("swNdb", { firstName: "Mamadou", lastName: "Kane", dateOfBirth: "2009-05-05", nationality: "SN" });
  cases.duplicate = await register("swNdb", { firstName: "Mamadou", lastName: "Kane", dateOfBirth: "2009-05-05", nationality: "SN" });
  await db.case.update({ where: { id: cases.duplicate.id }, data: { status: "DUPLICATE" } });
  cases.grantNdb = await register("swNdb", { firstName: "Ousmane", lastName: "Camara", dateOfBirth: "2012-02-02", nationality: "SL" });
  cases.denyNdb = await register("swNdb", { firstName: "Ibrahima", lastName: "Sylla", dateOfBirth: "2012-02-02", nationality: "ML" });
});

// This file searches far faster than a person: each test starts with fresh rate-limit counters
// (the limits themselves are tested in rate-limits.test.ts).
beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

describe("searchPossibleDuplicates", () => {
  it("finds a child of another centre by a spelling variant, showing only what identifies the match", async () => {
    const matches = await search("swNkn", { firstName: "Muhammad", lastName: "Dialo", dobKnown: "exact", dateOfBirth: "2012-08-01" });
    const match = matches.find((m) => m.caseNumber === cases.mohamedNdb.caseNumber);
    expect(match).toEqual({
      id: null,
      caseNumber: cases.mohamedNdb.caseNumber,
      centreName: "CPISE NDB",
      displayName: "M. D.",
      sex: "MALE",
      yearOfBirth: 2012,
      nationality: "GN",
      inScope: false,
      accessRequested: false,
    });
    // Nothing else about the child leaves the DAL: no name, no id.
    const serialised = JSON.stringify(matches);
    for (const secret of ["Mohamed", "Diallo", cases.mohamedNdb.id]) expect(serialised).not.toContain(secret);
  });

  it.each([
    ["Mohammed", "Diallo"],
    ["Mouhamed", "Diallo"],
    ["محمد", "ديالو"],
  ])("matches %s %s against Mohamed Diallo", async (firstName, lastName) => {
    expect(numbers(await search("swNkn", { firstName, lastName }))).toContain(cases.mohamedNdb.caseNumber);
  });

  it("matches a Latin query against a name registered in Arabic script, and the reverse", async () => {
    const latin = await search("swNkn", { firstName: "Mohamed", lastName: "Ould Ahmed", dobKnown: "estimated", estimatedAge: "15" });
    expect(numbers(latin)).toContain(cases.arabicNdb.caseNumber);
    expect(latin.find((m) => m.caseNumber === cases.arabicNdb.caseNumber)?.displayName).toBe("م. و. أ.");
    const arabic = await search("swNdb", { firstName: "مُحَمَّد", lastName: "ديالو" });
    expect(numbers(arabic)).toContain(cases.mohamedNdb.caseNumber);
  });

  it("matches Fatimata / Fatoumata, Aissatou / Aïssatou, Mamadu / Mamadou across centres", async () => {
    expect(numbers(await search("swNdb", { firstName: "Fatimata", lastName: "Sow" }))).toContain(cases.fatoumataNkn.caseNumber);
    expect(numbers(await search("swNkn", { firstName: "Aissatou", lastName: "Ba" }))).toContain(cases.aissatouNdb.caseNumber);
    expect(numbers(await search("swNkn", { firstName: "Mamadu", lastName: "Kane" }))).toContain(cases.mamadouNdb.caseNumber);
  });

  it("does not list unrelated children", async () => {
    const matches = await search("swNkn", { firstName: "Mamadou", lastName: "Kane" });
    expect(numbers(matches)).toEqual([cases.mamadouNdb.caseNumber]);
    expect(await search("swNkn", { firstName: "Zeinabou", lastName: "Traoré" })).toEqual([]);
    // Particles alone identify no one.
    expect(await search("swNkn", { firstName: "Ould", lastName: "Ben" })).toEqual([]);
  });

  it("leaves out cases marked as duplicates", async () => {
    expect(numbers(await search("swNkn", { firstName: "Mamadou", lastName: "Kane" }))).not.toContain(cases.duplicate.caseNumber);
  });

  it("keeps a year of birth within ±1 year and drops one 3 years away", async () => {
    const near = (dateOfBirth: string) => search("swNkn", { firstName: "Mohamed", lastName: "Diallo", dobKnown: "exact", dateOfBirth });
    expect(numbers(await near("2011-01-01"))).toContain(cases.mohamedNdb.caseNumber);
    expect(numbers(await near("2013-12-31"))).toContain(cases.mohamedNdb.caseNumber);
    expect(numbers(await near("2015-03-14"))).not.toContain(cases.mohamedNdb.caseNumber);
    expect(numbers(await near("2009-03-14"))).not.toContain(cases.mohamedNdb.caseNumber);

    const age = todayUtc().getUTCFullYear() - 2012;
    const estimatedYear = dateOfBirthForEstimatedAge(age, todayUtc()).getUTCFullYear();
    const byAge = await search("swNkn", { firstName: "Mohamed", lastName: "Diallo", dobKnown: "estimated", estimatedAge: String(age) });
    expect(Math.abs(estimatedYear - 2012) <= 1).toBe(numbers(byAge).includes(cases.mohamedNdb.caseNumber));
    const tooOld = await search("swNkn", { firstName: "Mohamed", lastName: "Diallo", dobKnown: "estimated", estimatedAge: String(age + 3) });
    expect(numbers(tooOld)).not.toContain(cases.mohamedNdb.caseNumber);
  });

  it("uses nationality and sex to rank, never to hide a match", async () => {
    const other = await register("swNkn", { firstName: "Mohamed", lastName: "Diallo", sex: "FEMALE", dateOfBirth: "2012-05-05", nationality: "SN" });
    const guinean = await search("swNkn", { firstName: "Mohamed", lastName: "Diallo", sex: "MALE", nationality: "GN" });
    expect(numbers(guinean).slice(0, 2)).toEqual([cases.mohamedNdb.caseNumber, other.caseNumber]);
    const senegalese = await search("swNkn", { firstName: "Mohamed", lastName: "Diallo", sex: "FEMALE", nationality: "SN" });
    expect(numbers(senegalese).slice(0, 2)).toEqual([other.caseNumber, cases.mohamedNdb.caseNumber]);
    // The NKN worker's own case is in scope: id and full name.
    expect(senegalese[0]).toMatchObject({ id: other.id, displayName: "Mohamed Diallo", inScope: true });
  });

  it("shows a case in the actor's scope with its id and full name", async () => {
    const [match] = await search("swNdb", { firstName: "Mohamed", lastName: "Diallo", nationality: "GN", dobKnown: "exact", dateOfBirth: "2012-03-14" });
    expect(match).toMatchObject({ id: cases.mohamedNdb.id, displayName: "Mohamed Diallo", inScope: true, centreName: "CPISE NDB" });
  });

  it("audits each search with the normalised query, the criteria and the case numbers shown", async () => {
    const before = await counts();
    const matches = await search("swNkn", { firstName: "Fatimata", lastName: "Sow", sex: "FEMALE", nationality: "ml" });
    expect(await counts()).toEqual({ ...before, auditEvents: before.auditEvents + 1 });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "case.duplicateSearch" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ actorId: world.actors.swNkn.userId, entityType: "Case", entityId: null });
    expect(audit.after).toEqual({
      queryKey: "fatimata sou ftmt s",
      birthYear: null,
      sex: "FEMALE",
      nationality: "ML",
      resultCount: matches.length,
      caseNumbers: numbers(matches),
    });
  });

  it("returns field errors for invalid input and writes nothing", async () => {
    const before = await counts();
    const result = await searchPossibleDuplicates(world.actors.swNkn, {
      firstName: "",
      lastName: "Diallo<script>",
      dobKnown: "exact",
      dateOfBirth: "2099-01-01",
      nationality: "ZZ",
    });
    expect(result).toEqual({
      ok: false,
      fieldErrors: { firstName: "required", lastName: "nameCharacters", dateOfBirth: "dateInFuture", nationality: "unknownNationality" },
    });
    expect(await counts()).toEqual(before);
  });

  it.each(["national", "bid", "panel", "ngoA", "me", "admin"] as const)("is not available to the %s role", async (key) => {
    const before = await counts();
    await expect(searchPossibleDuplicates(world.actors[key], { firstName: "Mohamed", lastName: "Diallo" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await counts()).toEqual(before);
  });
});

describe("the duplicate-search migration", () => {
  it("installs the extensions and the GIN indexes the search relies on", async () => {
    const extensions = await db.$queryRaw<{ extname: string }[]>`SELECT extname::text AS extname FROM pg_extension`;
    expect(extensions.map((e) => e.extname)).toEqual(expect.arrayContaining(["fuzzystrmatch", "pg_trgm", "unaccent"]));
    const indexes = await db.$queryRaw<{ indexdef: string }[]>`SELECT indexdef FROM pg_indexes WHERE tablename = 'Case' AND indexdef LIKE '%searchName%'`;
    expect(indexes.map((i) => i.indexdef)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/USING gin \("searchName" gin_trgm_ops\)/),
        expect.stringMatching(/USING gin \(string_to_array\("searchName", ' '::text\)\)/),
      ]),
    );
  });
});

describe("requestCaseAccess, listAccessRequests and decideAccessRequest", () => {
  it("a worker requests access; the supervisor of the case's centre grants it; the worker can now open the case", async () => {
    const { id, caseNumber } = cases.grantNdb;
    await expect(getCase(world.actors.swNkn, id)).rejects.toBeInstanceOf(NotFoundError);

    const before = await counts();
    const result = await requestCaseAccess(world.actors.swNkn, { caseNumber, reason: "Même enfant que celui reçu hier à Nouakchott" });
    expect(result).toEqual({ ok: true, data: { status: "requested" } });
    expect(await counts()).toEqual({ ...before, accessRequests: before.accessRequests + 1, auditEvents: before.auditEvents + 1 });
    const request = await db.caseAccessRequest.findFirstOrThrow({ where: { caseId: id } });
    expect(request).toMatchObject({ requesterId: world.actors.swNkn.userId, status: "PENDING", reason: "Même enfant que celui reçu hier à Nouakchott" });
    const requested = await db.auditEvent.findFirstOrThrow({ where: { action: "case.accessRequested", entityId: request.id } });
    expect(requested).toMatchObject({ actorId: world.actors.swNkn.userId, entityType: "CaseAccessRequest" });

    // The search now says the request is pending.
    const [match] = await search("swNkn", { firstName: "Ousmane", lastName: "Kamara" });
    expect(match).toMatchObject({ caseNumber, inScope: false, accessRequested: true, id: null });

    // The NDB supervisor sees it; the NKN supervisor does not.
    const listed = await listAccessRequests(world.actors.supNdb);
    expect(listed).toEqual([
      {
        id: request.id,
        requestedAt: request.createdAt,
        reason: request.reason,
        requesterName: "swNkn",
        requesterCentres: ["CPISE NKN"],
        caseId: id,
        caseNumber,
        childName: "Ousmane Camara",
      },
    ]);
    expect(await listAccessRequests(world.actors.supNkn)).toEqual([]);

    const beforeGrant = await counts();
    expect(await decideAccessRequest(world.actors.supNdb, { requestId: request.id, grant: true })).toEqual({ ok: true, data: { status: "GRANTED" } });
    expect(await counts()).toEqual({ ...beforeGrant, auditEvents: beforeGrant.auditEvents + 1, caseEvents: beforeGrant.caseEvents + 1 });
    expect(await db.caseAccessRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      status: "GRANTED",
      decidedById: world.actors.supNdb.userId,
      decidedAt: expect.any(Date),
    });
    const granted = await db.auditEvent.findFirstOrThrow({ where: { action: "case.accessGranted", entityId: request.id } });
    expect(granted).toMatchObject({ actorId: world.actors.supNdb.userId, before: { status: "PENDING" }, after: { status: "GRANTED", caseId: id } });
    const event = await db.caseEvent.findFirstOrThrow({ where: { caseId: id, type: "case.accessGranted" } });
    expect(event).toMatchObject({ actorId: world.actors.supNdb.userId, data: { userName: "swNkn" } });

    expect((await getCase(world.actors.swNkn, id)).caseNumber).toBe(caseNumber);
    const [after] = await search("swNkn", { firstName: "Ousmane", lastName: "Kamara" });
    expect(after).toMatchObject({ id, displayName: "Ousmane Camara", inScope: true, accessRequested: false });
    expect(await listAccessRequests(world.actors.supNdb)).toEqual([]);

    // Decided once: a second decision changes nothing.
    await expect(decideAccessRequest(world.actors.supNdb, { requestId: request.id, grant: false })).rejects.toEqual(new InvalidStateError("alreadyDecided"));
    expect((await db.caseAccessRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("GRANTED");
  });

  it("a denied worker still cannot open the case and may ask again", async () => {
    const { id, caseNumber } = cases.denyNdb;
    await requestCaseAccess(world.actors.swNkn, { caseNumber, reason: "Vérifier" });
    const request = await db.caseAccessRequest.findFirstOrThrow({ where: { caseId: id, status: "PENDING" } });
    const before = await counts();
    expect(await decideAccessRequest(world.actors.supNdb, { requestId: request.id, grant: false })).toEqual({ ok: true, data: { status: "DENIED" } });
    expect(await counts()).toEqual({ ...before, auditEvents: before.auditEvents + 1 });
    expect(await db.auditEvent.count({ where: { action: "case.accessDenied", entityId: request.id } })).toBe(1);
    await expect(getCase(world.actors.swNkn, id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await requestCaseAccess(world.actors.swNkn, { caseNumber, reason: "Nouvel élément" })).toEqual({ ok: true, data: { status: "requested" } });
  });

  it("a second request while one is pending, even at the same moment, leaves one pending request", async () => {
    const { id, caseNumber } = cases.aissatouNdb;
    const results = await Promise.all([
      requestCaseAccess(world.actors.swNkn, { caseNumber, reason: "Une" }),
      requestCaseAccess(world.actors.swNkn, { caseNumber, reason: "Deux" }),
    ]);
    expect(results.map((r) => (r.ok ? r.data.status : "failed")).sort()).toEqual(["alreadyRequested", "requested"]);
    const before = await counts();
    expect(await requestCaseAccess(world.actors.swNkn, { caseNumber, reason: "Trois" })).toEqual({ ok: true, data: { status: "alreadyRequested" } });
    expect(await counts()).toEqual(before);
    expect(await db.caseAccessRequest.count({ where: { caseId: id, requesterId: world.actors.swNkn.userId } })).toBe(1);
  });

  it("a case already in the worker's scope needs no request", async () => {
    const before = await counts();
    expect(await requestCaseAccess(world.actors.swNdb, { caseNumber: cases.mohamedNdb.caseNumber, reason: "x" })).toEqual({
      ok: true,
      data: { status: "inScope", caseId: cases.mohamedNdb.id },
    });
    expect(await counts()).toEqual(before);
  });

  it("refuses invalid input, unknown or duplicate cases and other roles, writing nothing", async () => {
    const before = await counts();
    expect(await requestCaseAccess(world.actors.swNkn, { caseNumber: cases.mamadouNdb.caseNumber, reason: "   " })).toEqual({
      ok: false,
      fieldErrors: { reason: "required" },
    });
    expect(await requestCaseAccess(world.actors.swNkn, { caseNumber: "not a number", reason: "x".repeat(501) })).toEqual({
      ok: false,
      fieldErrors: { caseNumber: "invalid", reason: "tooLong" },
    });
    await expect(requestCaseAccess(world.actors.swNkn, { caseNumber: "NDB-1999-9999", reason: "x" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(requestCaseAccess(world.actors.swNkn, { caseNumber: cases.duplicate.caseNumber, reason: "x" })).rejects.toBeInstanceOf(NotFoundError);
    for (const key of ["supNkn", "national", "bid", "panel", "ngoA", "me", "admin"] as const) {
      await expect(requestCaseAccess(world.actors[key], { caseNumber: cases.mamadouNdb.caseNumber, reason: "x" })).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await counts()).toEqual(before);
  });

  it("only the supervisor of the case's centre decides; others get not found and nothing changes", async () => {
    const { id, caseNumber } = cases.mamadouNdb;
    await requestCaseAccess(world.actors.swNkn, { caseNumber, reason: "Peut-être le même enfant" });
    const request = await db.caseAccessRequest.findFirstOrThrow({ where: { caseId: id, status: "PENDING" } });
    const before = await counts();
    for (const key of ["supNkn", "swNdb", "swNkn", "national", "ngoA", "admin"] as const) {
      await expect(decideAccessRequest(world.actors[key], { requestId: request.id, grant: true })).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(decideAccessRequest(world.actors.supNdb, { requestId: crypto.randomUUID(), grant: true })).rejects.toBeInstanceOf(NotFoundError);
    expect(await decideAccessRequest(world.actors.supNdb, { requestId: "nope", grant: "yes" })).toEqual({
      ok: false,
      fieldErrors: { requestId: "invalid", grant: "invalid" },
    });
    expect(await counts()).toEqual(before);
    expect((await db.caseAccessRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("PENDING");
  });

  it("lists requests only for supervisors", async () => {
    for (const key of ["swNdb", "national", "bid", "ngoA", "me", "admin"] as const) {
      await expect(listAccessRequests(world.actors[key])).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});
