// The administrator's centres and organisations: org:manage only (everyone else: NotFoundError),
// invalid input writes nothing, every write audited with before/after, stale edits refused, a
// capacity change recorded with its reason, and a deactivated centre refusing registrations,
// admissions and transfers while its cases stay readable.
import { beforeAll, describe, expect, it } from "vitest";
import { getCase } from "@/lib/cases/get-case";
import { registerChild } from "@/lib/cases/register-child";
import { createCentre } from "@/lib/centres/create-centre";
import { getCentre } from "@/lib/centres/get-centre";
import { listCentres } from "@/lib/centres/list-centres";
import { listMyCentres } from "@/lib/centres/list-my-centres";
import { updateCentre } from "@/lib/centres/update-centre";
import { toIsoDate, todayUtc } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { getOrganisation } from "@/lib/organisations/get-organisation";
import { listOrganisationsForAdmin } from "@/lib/organisations/list-organisations-admin";
import { updateOrganisation } from "@/lib/organisations/update-organisation";
import { admitPlacement } from "@/lib/placements/admit-placement";
import { getCapacityHistory } from "@/lib/placements/capacity-history";
import { listCasePlacements } from "@/lib/placements/list-case-placements";
import { transferPlacement } from "@/lib/placements/transfer-placement";
import { createWorld, validChild, type UserKey, type World } from "./fixtures";

let world: World;
const DAY = 86_400_000;
const isoDaysAgo = (days: number) => toIsoDate(new Date(todayUtc().getTime() - days * DAY));
const nonAdmins = (): UserKey[] => (Object.keys(world.actors) as UserKey[]).filter((key) => key !== "admin");

const counts = async () => ({
  centres: await db.centre.count(),
  organisations: await db.organisation.count(),
  changes: await db.centreCapacityChange.count(),
  audit: await db.auditEvent.count(),
  versions: (await db.centre.findMany({ select: { version: true } })).concat(await db.organisation.findMany({ select: { version: true } })),
});

async function centreNow(id: string) {
  return db.centre.findUniqueOrThrow({ where: { id } });
}

const centreEdit = async (id: string, overrides: Record<string, unknown> = {}) => {
  const c = await centreNow(id);
  return { name: c.name, town: c.town, region: c.region || "Dakhlet Nouadhibou", capacity: String(c.capacity), active: c.active, capacityReason: "", version: c.version, ...overrides };
};

const newOrganisation = (overrides: Record<string, unknown> = {}) => ({
  code: "NGO-ESPOIR",
  name: "ONG Espoir",
  nameAr: "منظمة الأمل",
  type: "NGO",
  country: "SN",
  ...overrides,
});

beforeAll(async () => {
  world = await createWorld();
});

describe("who may manage centres and organisations", () => {
  it("refuses every role but the administrator, writing nothing", async () => {
    const before = await counts();
    const org = await db.organisation.findFirstOrThrow();
    for (const key of nonAdmins()) {
      const actor = world.actors[key];
      await expect(listCentres(actor), key).rejects.toBeInstanceOf(NotFoundError);
      await expect(getCentre(actor, world.centres.NDB), key).rejects.toBeInstanceOf(NotFoundError);
      await expect(createCentre(actor, { code: "KAE", name: "CPISE Kaédi", town: "Kaédi", region: "Gorgol", capacity: "12" }), key).rejects.toBeInstanceOf(NotFoundError);
      await expect(updateCentre(actor, world.centres.NDB, await centreEdit(world.centres.NDB, { capacity: "3", capacityReason: "x" })), key).rejects.toBeInstanceOf(NotFoundError);
      await expect(listOrganisationsForAdmin(actor), key).rejects.toBeInstanceOf(NotFoundError);
      await expect(getOrganisation(actor, org.id), key).rejects.toBeInstanceOf(NotFoundError);
      await expect(createOrganisation(actor, newOrganisation()), key).rejects.toBeInstanceOf(NotFoundError);
      await expect(updateOrganisation(actor, org.id, newOrganisation({ version: 0 })), key).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await counts()).toEqual(before);
  });

  it("lists centres with their occupancy and organisations with their accounts for the administrator", async () => {
    const centres = await listCentres(world.actors.admin);
    expect(centres.map((c) => c.code)).toEqual(["NDB", "NKN"]);
    expect(centres[0]).toMatchObject({ capacity: 10, occupied: 0, active: true, version: 0 });
    const organisations = await listOrganisationsForAdmin(world.actors.admin);
    expect(organisations.find((o) => o.code === "MASEF")).toMatchObject({ type: "MASEF", country: "MR", users: 8 });
    await expect(getCentre(world.actors.admin, "00000000-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getOrganisation(world.actors.admin, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("createCentre", () => {
  it("refuses bad input and a code in use beside the field, writing nothing", async () => {
    const before = await counts();
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [{ code: "", name: "", town: "", region: "", capacity: "" }, { code: "required", name: "required", town: "required", region: "required", capacity: "required" }],
      [{ code: "KA1", name: "CPISE Kaédi", town: "Kaédi", region: "Gorgol", capacity: "-1" }, { code: "centre.codeFormat", capacity: "wholeNumber" }],
      [{ code: "KAED", name: "CPISE Kaédi", town: "Kaédi", region: "Gorgol", capacity: "2.5" }, { code: "centre.codeFormat", capacity: "wholeNumber" }],
      [{ code: "ndb", name: "CPISE Kaédi", town: "Kaédi", region: "Gorgol", capacity: "12" }, { code: "centre.codeTaken" }],
    ];
    for (const [input, fieldErrors] of cases) expect(await createCentre(world.actors.admin, input)).toEqual({ ok: false, fieldErrors });
    expect(await counts()).toEqual(before);
  });

  it("creates an active centre with its audit event", async () => {
    const result = await createCentre(world.actors.admin, { code: "kae", name: "CPISE Kaédi", town: "Kaédi", region: "Gorgol", capacity: "12" });
    if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
    expect(await centreNow(result.data.centreId)).toMatchObject({ code: "KAE", name: "CPISE Kaédi", region: "Gorgol", capacity: 12, active: true, country: "MR" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: result.data.centreId } });
    expect(audit).toMatchObject({ action: "centre.created", actorId: world.actors.admin.userId, entityType: "Centre", after: { code: "KAE", capacity: 12, active: true } });
  });

  it("never lets the database change a centre's code", async () => {
    await expect(db.centre.update({ where: { id: world.centres.NDB }, data: { code: "XYZ" } })).rejects.toThrow();
    expect((await centreNow(world.centres.NDB)).code).toBe("NDB");
  });
});

describe("updateCentre", () => {
  it("needs a reason to change the capacity, and refuses bad input, writing nothing", async () => {
    const before = await counts();
    const id = world.centres.NDB;
    expect(await updateCentre(world.actors.admin, id, await centreEdit(id, { capacity: "14" }))).toEqual({ ok: false, fieldErrors: { capacityReason: "centre.capacityReasonRequired" } });
    expect(await updateCentre(world.actors.admin, id, await centreEdit(id, { capacity: "14", capacityReason: "   " }))).toEqual({ ok: false, fieldErrors: { capacityReason: "centre.capacityReasonRequired" } });
    expect(await updateCentre(world.actors.admin, id, await centreEdit(id, { name: "", capacity: "abc" }))).toEqual({ ok: false, fieldErrors: { name: "required", capacity: "wholeNumber" } });
    // The form's own check (previousCapacity) gives the same message before the server is asked.
    expect(await updateCentre(world.actors.admin, id, await centreEdit(id, { capacity: "14", previousCapacity: 10 }))).toEqual({ ok: false, fieldErrors: { capacityReason: "centre.capacityReasonRequired" } });
    expect(await counts()).toEqual(before);
  });

  it("records a capacity change with its reason, audited with before/after, and shows it on the board's history", async () => {
    const id = world.centres.NDB;
    const result = await updateCentre(world.actors.admin, id, await centreEdit(id, { capacity: "14", capacityReason: "Nouveau dortoir ouvert.", region: "Dakhlet Nouadhibou" }));
    expect(result).toEqual({ ok: true, data: { version: 1, occupied: 0 } });
    expect(await centreNow(id)).toMatchObject({ capacity: 14, region: "Dakhlet Nouadhibou", version: 1 });
    const change = await db.centreCapacityChange.findFirstOrThrow({ where: { centreId: id } });
    expect(change).toMatchObject({ fromCapacity: 10, toCapacity: 14, reason: "Nouveau dortoir ouvert.", changedById: world.actors.admin.userId });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "centre.updated" } });
    expect(audit).toMatchObject({
      before: { capacity: 10, region: "", active: true },
      after: { capacity: 14, region: "Dakhlet Nouadhibou", active: true, capacityReason: "Nouveau dortoir ouvert." },
    });

    // The NDB supervisor sees it on the board; the NKN supervisor (another centre) does not.
    expect(await getCapacityHistory(world.actors.supNdb)).toMatchObject([{ centreCode: "NDB", fromCapacity: 10, toCapacity: 14, reason: "Nouveau dortoir ouvert.", changedByName: "admin" }]);
    expect(await getCapacityHistory(world.actors.supNkn)).toEqual([]);
    expect(await getCapacityHistory(world.actors.national)).toHaveLength(1);
    await expect(getCapacityHistory(world.actors.swNdb)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("edits other fields without a reason and without a capacity change row", async () => {
    const id = world.centres.NDB;
    const before = await db.centreCapacityChange.count();
    const result = await updateCentre(world.actors.admin, id, await centreEdit(id, { town: "Nouadhibou-Ville" }));
    expect(result.ok).toBe(true);
    expect(await db.centreCapacityChange.count()).toBe(before);
  });

  it("allows a capacity below the children present, and says how many are there", async () => {
    const caseId = await register("swNkn");
    const placed = await admitPlacement(world.actors.swNkn, caseId, { type: "CPISE_RESIDENTIAL", startDate: isoDaysAgo(5) });
    expect(placed.ok).toBe(true);
    const id = world.centres.NKN;
    expect(await updateCentre(world.actors.admin, id, await centreEdit(id, { capacity: "0", capacityReason: "Travaux : dortoir fermé." }))).toEqual({ ok: true, data: { version: 1, occupied: 1 } });
    expect(await updateCentre(world.actors.admin, id, await centreEdit(id, { capacity: "10", capacityReason: "Travaux terminés." }))).toMatchObject({ ok: true });
  });

  it("refuses a stale edit with a conflict, writing nothing", async () => {
    const id = world.centres.NDB;
    const stale = await centreEdit(id, { capacity: "20", capacityReason: "Extension." });
    expect((await updateCentre(world.actors.admin, id, await centreEdit(id, { name: "CPISE Nouadhibou Centre" }))).ok).toBe(true);
    const before = await counts();
    await expect(updateCentre(world.actors.admin, id, stale)).rejects.toBeInstanceOf(ConflictError);
    await expect(updateCentre(world.actors.admin, id, stale)).rejects.toMatchObject({ changedByName: "admin" });
    expect(await counts()).toEqual(before);
    expect((await centreNow(id)).capacity).toBe(14);
  });
});

async function register(key: UserKey, overrides: Record<string, unknown> = {}) {
  const result = await registerChild(world.actors[key], validChild({ arrivalDate: isoDaysAgo(30), ...overrides }));
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return result.data.caseId;
}

describe("a deactivated centre", () => {
  it("takes no registration, admission or transfer; its cases stay readable", async () => {
    const nkn = world.centres.NKN;
    const unplaced = await register("swNkn");
    const ndbCase = await register("supNdb");
    const ndbPlacement = await admitPlacement(world.actors.supNdb, ndbCase, { type: "CPISE_RESIDENTIAL", startDate: isoDaysAgo(5) });
    if (!ndbPlacement.ok) throw new Error(JSON.stringify(ndbPlacement.fieldErrors));

    const deactivated = await updateCentre(world.actors.admin, nkn, await centreEdit(nkn, { active: false }));
    expect(deactivated.ok).toBe(true);
    expect(await db.auditEvent.findFirst({ where: { entityId: nkn, action: "centre.updated" }, orderBy: { at: "desc" } })).toMatchObject({ before: { active: true }, after: { active: false } });

    const before = { cases: await db.case.count(), placements: await db.placement.count() };
    expect(await registerChild(world.actors.swNkn, validChild({ arrivalDate: isoDaysAgo(3) }))).toEqual({ ok: false, fieldErrors: { form: "centreInactive" } });
    expect(await admitPlacement(world.actors.swNkn, unplaced, { type: "CPISE_RESIDENTIAL", startDate: isoDaysAgo(2) })).toEqual({
      ok: false,
      fieldErrors: { form: "placement.centreInactive" },
    });
    const placement = await db.placement.findUniqueOrThrow({ where: { id: ndbPlacement.data.placementId } });
    expect(
      await transferPlacement(world.actors.supNdb, ndbCase, { placementId: placement.id, version: placement.version, toCentreId: nkn, date: isoDaysAgo(1) }),
    ).toEqual({ ok: false, fieldErrors: { toCentreId: "placement.centreInactive" } });
    expect({ cases: await db.case.count(), placements: await db.placement.count() }).toEqual(before);

    // Not offered: neither as a registration centre nor as a transfer destination.
    expect(await listMyCentres(world.actors.swNkn)).toEqual([]);
    expect((await listCasePlacements(world.actors.supNdb, ndbCase)).transferCentres.map((c) => c.id)).not.toContain(nkn);
    // Existing cases stay readable.
    expect((await getCase(world.actors.swNkn, unplaced)).id).toBe(unplaced);

    // Active again: registrations resume.
    expect((await updateCentre(world.actors.admin, nkn, await centreEdit(nkn, { active: true }))).ok).toBe(true);
    expect((await registerChild(world.actors.swNkn, validChild({ arrivalDate: isoDaysAgo(3) }))).ok).toBe(true);
  });
});

describe("createOrganisation and updateOrganisation", () => {
  it("refuses bad input and a duplicate code beside the field, writing nothing", async () => {
    const before = await counts();
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [newOrganisation({ code: "", name: "", type: "", country: "" }), { code: "required", name: "required", type: "required", country: "required" }],
      [newOrganisation({ code: "NGO ESPOIR", type: "CHARITY", country: "XX" }), { code: "organisation.codeFormat", type: "required", country: "unknownCountry" }],
      [newOrganisation({ code: "-NGO" }), { code: "organisation.codeFormat" }],
      [newOrganisation({ code: "ngo-a" }), { code: "organisation.codeTaken" }],
    ];
    for (const [input, fieldErrors] of cases) expect(await createOrganisation(world.actors.admin, input)).toEqual({ ok: false, fieldErrors });
    expect(await counts()).toEqual(before);
  });

  it("adds an organisation with its audit event, then edits it at its version", async () => {
    const created = await createOrganisation(world.actors.admin, newOrganisation({ code: "ngo-espoir", country: "sn" }));
    if (!created.ok) throw new Error(JSON.stringify(created.fieldErrors));
    const id = created.data.organisationId;
    expect(await db.organisation.findUniqueOrThrow({ where: { id } })).toMatchObject({ code: "NGO-ESPOIR", name: "ONG Espoir", nameAr: "منظمة الأمل", type: "NGO", country: "SN", version: 0 });
    expect(await db.auditEvent.findFirstOrThrow({ where: { entityId: id } })).toMatchObject({ action: "organisation.created", after: { code: "NGO-ESPOIR", country: "SN" } });

    // A duplicate code on edit is refused beside the field.
    const before = await counts();
    expect(await updateOrganisation(world.actors.admin, id, newOrganisation({ code: "NGO-B", version: 0 }))).toEqual({ ok: false, fieldErrors: { code: "organisation.codeTaken" } });
    expect(await counts()).toEqual(before);

    expect(await updateOrganisation(world.actors.admin, id, newOrganisation({ name: "ONG Espoir Sénégal", nameAr: "", country: "ML", version: 0 }))).toEqual({ ok: true, data: { version: 1 } });
    expect(await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "organisation.updated" } })).toMatchObject({
      before: { name: "ONG Espoir", nameAr: "منظمة الأمل", country: "SN" },
      after: { name: "ONG Espoir Sénégal", nameAr: null, country: "ML" },
    });

    // The form read at version 0 is now stale.
    const beforeStale = await counts();
    await expect(updateOrganisation(world.actors.admin, id, newOrganisation({ name: "Autre", version: 0 }))).rejects.toBeInstanceOf(ConflictError);
    await expect(updateOrganisation(world.actors.admin, id, newOrganisation({ name: "Autre", version: 0 }))).rejects.toMatchObject({ changedByName: "admin" });
    expect(await counts()).toEqual(beforeStale);
  });
});
