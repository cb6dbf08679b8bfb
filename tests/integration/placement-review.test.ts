// Closing the review that a foster family's suspension puts on its children's placements, and
// the NGO that follows a foster family ending a placement in it.
import { beforeAll, describe, expect, it } from "vitest";
import { toIsoDate, todayUtc } from "@/lib/dates/calendar";
import { registerChild } from "@/lib/cases/register-child";
import { db } from "@/lib/db";
import { ConflictError, InvalidStateError, NotFoundError } from "@/lib/errors";
import { changeFosterFamilyStatus } from "@/lib/foster-families/change-foster-family-status";
import { admitPlacement } from "@/lib/placements/admit-placement";
import { completePlacementReview } from "@/lib/placements/complete-placement-review";
import { dischargePlacement } from "@/lib/placements/discharge-placement";
import { listCasePlacements } from "@/lib/placements/list-case-placements";
import { createWorld, validChild, type World } from "./fixtures";

let world: World;
const DAY = 86_400_000;
const isoDaysAgo = (days: number) => toIsoDate(new Date(todayUtc().getTime() - days * DAY));

beforeAll(async () => {
  world = await createWorld();
});

/** A child of swNdb placed in an approved NGO-A family, which NGO-A then suspends. */
async function flaggedPlacement() {
  const registered = await registerChild(world.actors.swNdb, validChild({ arrivalDate: isoDaysAgo(40) }));
  if (!registered.ok) throw new Error(JSON.stringify(registered.fieldErrors));
  const family = await db.fosterFamily.create({
    data: {
      organisationId: world.organisations["NGO-A"],
      householdName: "Famille Ndiaye",
      location: "Nouadhibou",
      capacity: 2,
      contactName: "Awa Ndiaye",
      contactPhone: "+222 22 11 22 33",
      vettingStatus: "APPROVED",
      approvedAt: new Date(todayUtc().getTime() - 90 * DAY),
      createdById: world.actors.ngoA.userId,
    },
  });
  const placed = await admitPlacement(world.actors.swNdb, registered.data.caseId, { type: "FOSTER_FAMILY", fosterFamilyId: family.id, startDate: isoDaysAgo(30) });
  if (!placed.ok) throw new Error(JSON.stringify(placed.fieldErrors));
  const suspended = await changeFosterFamilyStatus(world.actors.ngoA, family.id, { to: "SUSPENDED", reason: "Enfant frappé selon un voisin.", version: 1 });
  if (!suspended.ok) throw new Error(JSON.stringify(suspended));
  const placement = await db.placement.findUniqueOrThrow({ where: { id: placed.data.placementId } });
  expect(placement.reviewFlaggedAt).not.toBeNull();
  return { caseId: registered.data.caseId, placement };
}

const counts = async () => ({
  events: await db.caseEvent.count(),
  audits: await db.auditEvent.count(),
  flagged: await db.placement.count({ where: { reviewFlaggedAt: { not: null } } }),
});

describe("completePlacementReview", () => {
  it("the assigned worker closes the review with a note: flag cleared, timeline and audit, the child stays", async () => {
    const { caseId, placement } = await flaggedPlacement();
    const before = await listCasePlacements(world.actors.swNdb, caseId);
    expect(before.active?.reviewFlagged).toBe(true);
    expect(before.active?.reviewReason).toContain("Enfant frappé");

    const note = "Visite faite le jour même : l'enfant va bien, la MASEF suit la famille.";
    expect(await completePlacementReview(world.actors.swNdb, caseId, { placementId: placement.id, version: placement.version, note })).toEqual({
      ok: true,
      data: { placementId: placement.id },
    });
    const after = await db.placement.findUniqueOrThrow({ where: { id: placement.id } });
    expect(after).toMatchObject({ reviewFlaggedAt: null, reviewReason: null, endDate: null, version: placement.version + 1 });
    const event = await db.caseEvent.findFirstOrThrow({ where: { caseId, type: "placement.reviewCompleted" } });
    expect(event.data).toEqual({ placementId: placement.id, reason: note });
    expect(await db.auditEvent.count({ where: { action: "placement.reviewCompleted", entityId: placement.id } })).toBe(1);

    // Nothing left to review.
    await expect(completePlacementReview(world.actors.swNdb, caseId, { placementId: placement.id, version: after.version, note })).rejects.toEqual(
      new InvalidStateError("placementNotFlagged"),
    );
  });

  it("bad input and a stale version write nothing", async () => {
    const { caseId, placement } = await flaggedPlacement();
    const before = await counts();
    expect(await completePlacementReview(world.actors.swNdb, caseId, { placementId: placement.id, version: placement.version, note: "  " })).toEqual({
      ok: false,
      fieldErrors: { note: "required" },
    });
    await expect(
      completePlacementReview(world.actors.swNdb, caseId, { placementId: placement.id, version: placement.version - 1, note: "Vu." }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await counts()).toEqual(before);
  });

  it("out of scope is 404: another centre, a read-only role, another NGO; the family's NGO may close it", async () => {
    const { caseId, placement } = await flaggedPlacement();
    const input = { placementId: placement.id, version: placement.version, note: "Vu." };
    const before = await counts();
    for (const key of ["swNkn", "supNkn", "national", "bid", "panel", "me", "admin", "ngoB"] as const) {
      await expect(completePlacementReview(world.actors[key], caseId, input)).rejects.toBeInstanceOf(NotFoundError);
    }
    // NGO-A follows the family but cannot see the case until it is referred with consent.
    await expect(completePlacementReview(world.actors.ngoA, caseId, input)).rejects.toBeInstanceOf(NotFoundError);
    expect(await counts()).toEqual(before);
    await db.caseReferral.create({ data: { caseId, organisationId: world.organisations["NGO-A"], createdById: world.actors.supNdb.userId } });
    await db.caseConsentShare.create({ data: { caseId, organisationId: world.organisations["NGO-A"] } });
    expect((await completePlacementReview(world.actors.ngoA, caseId, input)).ok).toBe(true);
  });
});

describe("the family's NGO ends a foster placement", () => {
  it("only for its own family's placements, on cases shared with it; a residential placement stays the centre's", async () => {
    const { caseId, placement } = await flaggedPlacement();
    const input = { placementId: placement.id, version: placement.version, endDate: isoDaysAgo(0), endReason: "REUNIFIED" };
    const before = await counts();
    // Not shared with NGO-A yet; NGO-B never follows this family.
    await expect(dischargePlacement(world.actors.ngoA, caseId, input)).rejects.toBeInstanceOf(NotFoundError);
    for (const org of ["NGO-A", "NGO-B"] as const) {
      await db.caseReferral.create({ data: { caseId, organisationId: world.organisations[org], createdById: world.actors.supNdb.userId } });
      await db.caseConsentShare.create({ data: { caseId, organisationId: world.organisations[org] } });
    }
    await expect(dischargePlacement(world.actors.ngoB, caseId, input)).rejects.toBeInstanceOf(NotFoundError);
    expect(await counts()).toEqual(before);
    expect((await listCasePlacements(world.actors.ngoB, caseId)).viewer.canManageActive).toBe(false);
    expect((await listCasePlacements(world.actors.ngoA, caseId)).viewer.canManageActive).toBe(true);

    expect(await dischargePlacement(world.actors.ngoA, caseId, input)).toEqual({ ok: true, data: { placementId: placement.id } });
    expect(await db.placement.findUniqueOrThrow({ where: { id: placement.id } })).toMatchObject({ endReason: "REUNIFIED", endedById: world.actors.ngoA.userId });

    // A residential placement of the same case: the centre's, not the NGO's.
    const residential = await admitPlacement(world.actors.swNdb, caseId, { type: "CPISE_RESIDENTIAL", startDate: isoDaysAgo(0) });
    if (!residential.ok) throw new Error(JSON.stringify(residential.fieldErrors));
    expect((await listCasePlacements(world.actors.ngoA, caseId)).viewer.canManageActive).toBe(false);
    await expect(
      dischargePlacement(world.actors.ngoA, caseId, { placementId: residential.data.placementId, version: 1, endDate: isoDaysAgo(0), endReason: "OTHER" }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
