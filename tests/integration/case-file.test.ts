import { beforeAll, describe, expect, it } from "vitest";
import { changeCasePhoto } from "@/lib/cases/change-case-photo";
import { getCase } from "@/lib/cases/get-case";
import { getCasePhoto } from "@/lib/cases/get-case-photo";
import { registerChild } from "@/lib/cases/register-child";
import { setRiskLevel } from "@/lib/cases/set-risk-level";
import { updateCaseSection } from "@/lib/cases/update-case-section";
import { db } from "@/lib/db";
import { ConflictError, InvalidStateError, NotFoundError } from "@/lib/errors";
import { counts, createWorld, validChild, type World } from "./fixtures";

let world: World;
let caseId: string;

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

async function version() {
  return (await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { version: true } })).version;
}

beforeAll(async () => {
  process.env.UPLOADS_DIR = (await import("node:fs")).mkdtempSync((await import("node:path")).join((await import("node:os")).tmpdir(), "uploads-"));
  world = await createWorld();
  const result = await registerChild(world.actors.swNdb, validChild());
  if (!result.ok) throw new Error("registration failed");
  caseId = result.data.caseId;
});

describe("updateCaseSection", () => {
  it("saves the protection section, bumps the version, records the event and the audit with before/after", async () => {
    const before = await version();
    const result = await updateCaseSection(world.actors.swNdb, {
      caseId,
      version: before,
      section: "protection",
      values: { separationType: "SEPARATED", mobilityProfile: "TALIBE_MAHADRA", protectionConcerns: ["EXPLOITATION", "HEALTH"], disabilityDetails: "" },
    });
    expect(result).toEqual({ ok: true, data: { version: before + 1 } });
    const row = await db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(row).toMatchObject({ separationType: "SEPARATED", mobilityProfile: "TALIBE_MAHADRA", protectionConcerns: ["EXPLOITATION", "HEALTH"], disabilityDetails: null, lastEditedById: world.actors.swNdb.userId });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: caseId, action: "case.sectionUpdated" }, orderBy: { id: "desc" } });
    expect(audit.before).toMatchObject({ section: "protection", separationType: "UNACCOMPANIED" });
    expect(audit.after).toMatchObject({ section: "protection", separationType: "SEPARATED" });
    expect(await db.caseEvent.count({ where: { caseId, type: "case.updated" } })).toBe(1);
  });

  it("refuses a stale version: ConflictError naming who changed it, nothing written", async () => {
    const current = await version();
    const stale = current - 1;
    const before = await counts();
    const error = await updateCaseSection(world.actors.supNdb, {
      caseId,
      version: stale,
      section: "separation",
      values: { separationPlace: "Rosso", separationDate: "", separationCause: "", journeySummary: "" },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).changedByName).toBe("swNdb");
    expect(await counts()).toEqual(before);
    expect((await db.case.findUniqueOrThrow({ where: { id: caseId } })).separationPlace).toBeNull();
  });

  it("replaces family members as a whole: add, edit, remove", async () => {
    const first = await updateCaseSection(world.actors.swNdb, {
      caseId,
      version: await version(),
      section: "family",
      values: {
        members: [
          { relationship: "Mère", name: "Aïssata Diallo", alive: "yes", lastKnownLocation: "Labé", phone: "+224 620 00 00 00", inContact: true, willingToCare: "yes" },
          { relationship: "Oncle", name: "Thierno Diallo", alive: "", lastKnownLocation: "", phone: "", inContact: false, willingToCare: "" },
        ],
      },
    });
    expect(first.ok).toBe(true);
    const members = await db.familyMember.findMany({ where: { caseId }, orderBy: { createdAt: "asc" } });
    expect(members.map((m) => [m.name, m.alive, m.willingToCare])).toEqual([
      ["Aïssata Diallo", true, true],
      ["Thierno Diallo", null, null],
    ]);
    const second = await updateCaseSection(world.actors.swNdb, {
      caseId,
      version: await version(),
      section: "family",
      values: { members: [{ id: members[0].id, relationship: "Mère", name: "Aïssata Diallo", alive: "yes", lastKnownLocation: "Conakry", phone: "", inContact: true, willingToCare: "no" }] },
    });
    expect(second.ok).toBe(true);
    const after = await db.familyMember.findMany({ where: { caseId } });
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: members[0].id, lastKnownLocation: "Conakry", willingToCare: false });
  });

  it("records consent and the organisations it covers; an NGO with a referral then sees the case", async () => {
    await db.caseReferral.create({ data: { caseId, organisationId: world.organisations["NGO-A"], createdById: world.actors.supNdb.userId } });
    await expect(getCase(world.actors.ngoA, caseId)).rejects.toBeInstanceOf(NotFoundError);
    const result = await updateCaseSection(world.actors.swNdb, {
      caseId,
      version: await version(),
      section: "consent",
      values: { consentGivenBy: "CHILD", consentCaseManagement: true, consentTracing: true, consentReporting: false, shareWith: [world.organisations["NGO-A"]], informationToWithhold: "" },
    });
    expect(result.ok).toBe(true);
    const child = await getCase(world.actors.ngoA, caseId);
    expect(child.consent).toMatchObject({ givenBy: "CHILD", caseManagement: true, tracing: true, reporting: false, shareWith: [{ id: world.organisations["NGO-A"], name: "NGO-A" }] });
    expect(child.consent.recordedAt).not.toBeNull();
  });

  it("returns field errors by path and writes nothing on invalid input", async () => {
    const before = await counts();
    const v = await version();
    const family = await updateCaseSection(world.actors.swNdb, {
      caseId,
      version: v,
      section: "family",
      values: { members: [{ relationship: "", name: "X", alive: "", lastKnownLocation: "", phone: "abc", inContact: false, willingToCare: "" }] },
    });
    expect(family).toEqual({ ok: false, fieldErrors: { "members.0.relationship": "required", "members.0.phone": "phoneFormat" } });
    const consent = await updateCaseSection(world.actors.swNdb, {
      caseId,
      version: v,
      section: "consent",
      values: { consentGivenBy: "", consentCaseManagement: true, shareWith: [] },
    });
    expect(consent).toEqual({ ok: false, fieldErrors: { consentGivenBy: "consentGiverRequired" } });
    const identity = await updateCaseSection(world.actors.swNdb, {
      caseId,
      version: v,
      section: "identity",
      values: { ...validChild(), dateOfBirth: "2026-10-05", dateOfBirthEstimated: false, countryOfBirth: "", preferredLanguage: "" },
    });
    expect(identity).toEqual({ ok: false, fieldErrors: { dateOfBirth: "birthAfterArrival" } });
    expect(await counts()).toEqual(before);
    expect(await version()).toBe(v);
  });

  it("renaming the child updates the search key", async () => {
    const result = await updateCaseSection(world.actors.swNdb, {
      caseId,
      version: await version(),
      section: "identity",
      values: { ...validChild(), firstName: "Ousmane", countryOfBirth: "gn", placeOfBirth: "Labé", preferredLanguage: "ff", dateOfBirthEstimated: false },
    });
    expect(result.ok).toBe(true);
    const row = await db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(row).toMatchObject({ firstName: "Ousmane", countryOfBirth: "GN", placeOfBirth: "Labé", preferredLanguage: "ff" });
    expect(row.searchName.length).toBeGreaterThan(0);
  });

  it.each(["swNkn", "sw2Ndb", "supNkn", "national", "ngoA", "me", "admin"] as const)("%s cannot edit the case (not found, nothing written)", async (key) => {
    const before = await counts();
    await expect(
      updateCaseSection(world.actors[key], { caseId, version: await version(), section: "arrival", values: { arrivalDate: "2026-10-01", referralSource: "SELF" } }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await counts()).toEqual(before);
  });

  it("an unknown section is not found", async () => {
    await expect(updateCaseSection(world.actors.swNdb, { caseId, version: await version(), section: "password", values: {} })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("setRiskLevel", () => {
  it("sets the risk with its reason and recomputes the due dates (high risk: first action within 24 h)", async () => {
    const result = await setRiskLevel(world.actors.swNdb, { caseId, version: await version(), values: { riskLevel: "HIGH", reason: "Signes de traite, employeur violent." } });
    expect(result.ok).toBe(true);
    const row = await db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(row.riskLevel).toBe("HIGH");
    expect(row.riskReason).toBe("Signes de traite, employeur violent.");
    expect(row.firstActionDueAt!.getTime() - row.createdAt.getTime()).toBe(24 * 3_600_000);
    expect(row.assessmentDueAt!.getTime() - row.createdAt.getTime()).toBe(3 * 24 * 3_600_000);
    expect(row.nextDueAt).toEqual(row.firstActionDueAt);
    expect(await db.caseEvent.count({ where: { caseId, type: "case.riskSet" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: caseId, action: "case.riskSet" } })).toBe(1);
  });

  it("requires a reason and writes nothing without one", async () => {
    const before = await counts();
    const result = await setRiskLevel(world.actors.swNdb, { caseId, version: await version(), values: { riskLevel: "LOW", reason: "  " } });
    expect(result).toEqual({ ok: false, fieldErrors: { reason: "required" } });
    expect(await counts()).toEqual(before);
  });

  it("a closed case is read-only", async () => {
    const other = await registerChild(world.actors.swNdb, validChild());
    if (!other.ok) throw new Error("registration failed");
    await db.case.update({ where: { id: other.data.caseId }, data: { status: "CLOSED", closedAt: new Date() } });
    await expect(setRiskLevel(world.actors.swNdb, { caseId: other.data.caseId, version: 1, values: { riskLevel: "LOW", reason: "x" } })).rejects.toBeInstanceOf(InvalidStateError);
  });
});

describe("photos", () => {
  it("stores a photo outside the database, serves it only in scope, and logs the view", async () => {
    const result = await changeCasePhoto(world.actors.swNdb, { caseId, version: await version(), bytes: PNG });
    expect(result.ok).toBe(true);
    const accessBefore = await db.caseAccessLog.count({ where: { caseId, userId: world.actors.supNdb.userId } });
    const photo = await getCasePhoto(world.actors.supNdb, caseId);
    expect(photo.type).toBe("image/png");
    expect(Array.from(photo.bytes)).toEqual(Array.from(PNG));
    expect(await db.caseAccessLog.count({ where: { caseId, userId: world.actors.supNdb.userId } })).toBe(accessBefore + 1);
    await expect(getCasePhoto(world.actors.swNkn, caseId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCasePhoto(world.actors.me, caseId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses a file that is not an image, and writes nothing", async () => {
    const before = await counts();
    const result = await changeCasePhoto(world.actors.swNdb, { caseId, version: await version(), bytes: new TextEncoder().encode("%PDF-1.7 not an image") });
    expect(result).toEqual({ ok: false, fieldErrors: { photo: "photoType" } });
    expect(await counts()).toEqual(before);
  });

  it("removes the photo", async () => {
    const result = await changeCasePhoto(world.actors.swNdb, { caseId, version: await version(), bytes: null });
    expect(result.ok).toBe(true);
    await expect(getCasePhoto(world.actors.swNdb, caseId)).rejects.toBeInstanceOf(NotFoundError);
  });
});
