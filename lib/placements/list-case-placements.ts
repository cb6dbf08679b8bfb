import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { caseEditScope, caseScope } from "@/lib/auth/scope";
import { isUuid } from "@/lib/validation/uuid";
import { todayUtc } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { listPlaceableFamilies } from "@/lib/foster-families/list-placeable-families";
import type { PlacementEndReason, PlacementType } from "@/lib/generated/prisma/enums";
import { mayTransfer } from "./capacity-rule";
import { daysInCare } from "./placement.schema";

export type PlacementHistoryItem = {
  id: string;
  type: PlacementType;
  startDate: Date;
  endDate: Date | null;
  endReason: PlacementEndReason | null;
  endNotes: string | null;
  notes: string | null;
  /** Centre name, foster household name or the place's name (kinship: the caregiver). */
  location: string | null;
  caregiverRelationship: string | null;
  address: string | null;
  contactPhone: string | null;
  /** The user who decided, or null with `byBidDecision` when a BID decision did. */
  decidedByName: string | null;
  byBidDecision: boolean;
  capacityOverrideReason: string | null;
  transferredFrom: string | null;
  daysInCare: number;
  version: number;
  reviewFlagged: boolean;
  /** Why the placement needs a review (the foster family's suspension). */
  reviewReason: string | null;
};

export type CasePlacements = {
  history: PlacementHistoryItem[];
  active: PlacementHistoryItem | null;
  viewer: {
    canManage: boolean;
    canOverride: boolean;
    canTransfer: boolean;
    canPlaceInFosterFamily: boolean;
    onlyFosterFamily: boolean;
    /** End the active placement / close its review: canManage, or the NGO of the active foster family. */
    canManageActive: boolean;
  };
  /** For the forms: the case's centre with its occupancy, other centres to transfer to, families with a free place. */
  caseCentre: { id: string; name: string; capacity: number; occupied: number };
  transferCentres: { id: string; name: string; capacity: number; occupied: number }[];
  fosterFamilies: { id: string; householdName: string; location: string; capacity: number; occupied: number }[];
  arrivalDate: Date;
};

/**
 * Every placement of the case, newest first, for anyone who may read the case (out of scope →
 * NotFoundError), with what the viewer may do and the options the forms need.
 */
export async function listCasePlacements(actor: Actor, caseId: string): Promise<CasePlacements> {
  if (!can(actor, "case:read") || !isUuid(caseId)) throw new NotFoundError();
  const kase = await db.case.findFirst({
    where: { AND: [{ id: caseId }, caseScope(actor)] },
    select: { id: true, status: true, arrivalDate: true, centre: { select: { id: true, name: true, capacity: true } } },
  });
  if (!kase) throw new NotFoundError();
  const editable = (await db.case.count({ where: { AND: [{ id: caseId }, caseEditScope(actor)] } })) > 0;
  const open = kase.status !== "CLOSED";
  const ngoFoster = can(actor, "foster:manage") && !can(actor, "placement:manage");
  const viewer = {
    canManage: open && editable && can(actor, "placement:manage"),
    canOverride: can(actor, "placement:override"),
    canTransfer: open && editable && mayTransfer({ manage: can(actor, "placement:manage"), assign: can(actor, "case:assign") }),
    canPlaceInFosterFamily: open && ((editable && can(actor, "placement:manage")) || ngoFoster),
    onlyFosterFamily: ngoFoster,
  };

  const rows = await db.placement.findMany({
    where: { caseId },
    orderBy: [{ startDate: "desc" }, { createdAt: "desc" }],
    include: {
      centre: { select: { name: true } },
      fosterFamily: { select: { householdName: true, organisationId: true } },
      decidedBy: { select: { name: true } },
      previousPlacement: { select: { centre: { select: { name: true } } } },
    },
  });
  const today = todayUtc();
  const history = rows.map(
    (p): PlacementHistoryItem => ({
      id: p.id,
      type: p.type,
      startDate: p.startDate,
      endDate: p.endDate,
      endReason: p.endReason,
      endNotes: p.endNotes,
      notes: p.notes,
      location: p.centre?.name ?? p.fosterFamily?.householdName ?? p.placeName ?? p.caregiverName ?? null,
      caregiverRelationship: p.caregiverRelationship,
      address: p.address,
      contactPhone: p.contactPhone,
      decidedByName: p.bidDecisionId ? null : (p.decidedBy?.name ?? null),
      byBidDecision: p.bidDecisionId !== null,
      capacityOverrideReason: p.capacityOverrideReason,
      transferredFrom: p.previousPlacement?.centre?.name ?? null,
      daysInCare: daysInCare(p.startDate, p.endDate, today),
      version: p.version,
      reviewFlagged: p.reviewFlaggedAt !== null,
      reviewReason: p.reviewReason,
    }),
  );

  const occupancy = await db.placement.groupBy({ by: ["centreId"], where: { endDate: null, centreId: { not: null } }, _count: true });
  const occupiedIn = (id: string) => occupancy.find((o) => o.centreId === id)?._count ?? 0;
  const centres = viewer.canTransfer ? await db.centre.findMany({ where: { id: { not: kase.centre.id }, active: true }, orderBy: { name: "asc" } }) : [];
  const families = viewer.canPlaceInFosterFamily ? await listPlaceableFamilies(actor) : [];

  const activeRow = rows.find((p) => p.endDate === null);
  const ngoFollowsActive = ngoFoster && activeRow?.fosterFamily?.organisationId === actor.organisationId;
  return {
    history,
    active: history.find((p) => p.endDate === null) ?? null,
    viewer: { ...viewer, canManageActive: viewer.canManage || (open && ngoFollowsActive) },
    caseCentre: { ...kase.centre, occupied: occupiedIn(kase.centre.id) },
    transferCentres: centres.map((c) => ({ id: c.id, name: c.name, capacity: c.capacity, occupied: occupiedIn(c.id) })),
    fosterFamilies: families.map((f) => ({ id: f.id, householdName: f.householdName, location: f.location, capacity: f.capacity, occupied: f.activePlacements })),
    arrivalDate: kase.arrivalDate,
  };
}
