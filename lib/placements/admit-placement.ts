import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { PlacementAdmitted } from "@/lib/audit/audit-events";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { recordCaseEvent } from "@/lib/cases/case-events";
import { findCaseForWrite } from "@/lib/cases/case-write";
import { isUuid } from "@/lib/validation/uuid";
import { toIsoDate } from "@/lib/dates/calendar";
import { fieldErrorsByPath } from "@/lib/field-errors";
import type { Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { decideCapacity } from "./capacity-rule";
import { admitPlacementSchema, type AdmitPlacementData } from "./placement.schema";
import { lockCentreOccupancy, PlacementFieldError, placementTransaction } from "./placement-write";

/** Start date rules that need the case: not before the child's arrival. */
async function checkStartAgainstCase(tx: Tx, caseId: string, startDate: Date) {
  const { arrivalDate } = await tx.case.findUniqueOrThrow({ where: { id: caseId }, select: { arrivalDate: true } });
  if (startDate < arrivalDate) throw new PlacementFieldError({ startDate: "placement.startBeforeArrival" });
}

/**
 * Places a child: CPISE residential (in the case's own centre, within capacity or with a
 * supervisor's override reason), foster family (APPROVED with a free place), kinship care,
 * supervised independent living or another shelter. One function for every type.
 *
 * Who: holders of placement:manage (social worker, supervisor) on cases in their edit scope;
 * for FOSTER_FAMILY also an NGO caseworker (foster:manage) on cases in their read scope and
 * only with a family of their own organisation. Anything else: NotFoundError.
 */
export async function admitPlacement(actor: Actor, caseId: string, input: unknown): Promise<WriteResult<{ placementId: string }>> {
  const ngoFoster = can(actor, "foster:manage") && !can(actor, "placement:manage");
  if ((!can(actor, "placement:manage") && !ngoFoster) || !isUuid(caseId)) throw new NotFoundError();
  const parsed = admitPlacementSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByPath(parsed.error) };
  const data = parsed.data;
  if (ngoFoster && data.type !== "FOSTER_FAMILY") throw new NotFoundError();

  return placementTransaction(async (tx) => {
    const kase = ngoFoster
      ? await findCaseForWrite(tx, actor, caseId, { permission: "foster:manage", scope: "read" })
      : await findCaseForWrite(tx, actor, caseId, { permission: "placement:manage" });
    await checkStartAgainstCase(tx, caseId, data.startDate);
    // Checked here for a clear message; the partial unique index still decides under races.
    const active = await tx.placement.findFirst({ where: { caseId, endDate: null }, select: { id: true } });
    if (active) throw new PlacementFieldError({ form: "placement.activeExists" });

    const row: Prisma.PlacementUncheckedCreateInput = {
      caseId,
      type: data.type,
      startDate: data.startDate,
      notes: data.notes,
      decidedById: actor.userId,
      createdById: actor.userId,
    };
    let override: string | null = null;
    await placeByType(tx, actor, data, kase.centreId, row, ngoFoster, (reason) => (override = reason));

    const created = await tx.placement.create({ data: row, select: { id: true } });
    await recordCaseEvent(tx, caseId, actor.userId, {
      type: "placement.started",
      data: { placementId: created.id, placementType: data.type, startDate: toIsoDate(data.startDate) },
    });
    await writeAuditEvent(tx, actor.userId, {
      action: override ? "placement.admittedOverCapacity" : "placement.admitted",
      entityType: "Placement",
      entityId: created.id,
      after: auditAfter(row, data.startDate),
    });
    return { placementId: created.id };
  });
}

/** The columns written, as audited; those of other placement types are undefined, which JSON leaves out. */
function auditAfter(row: Prisma.PlacementUncheckedCreateInput, startDate: Date): PlacementAdmitted {
  const { caseId, type, notes, decidedById, createdById, centreId, capacityOverrideReason, fosterFamilyId } = row;
  const { caregiverName, caregiverRelationship, placeName, address, contactPhone } = row;
  return {
    caseId,
    type,
    startDate: toIsoDate(startDate),
    notes,
    decidedById,
    createdById,
    centreId,
    capacityOverrideReason,
    fosterFamilyId,
    caregiverName,
    caregiverRelationship,
    placeName,
    address,
    contactPhone,
  };
}

/** Fills the type-specific columns, checking capacity (centre) or vetting and capacity (family). */
async function placeByType(
  tx: Tx,
  actor: Actor,
  data: AdmitPlacementData,
  caseCentreId: string,
  row: Prisma.PlacementUncheckedCreateInput,
  ngoFoster: boolean,
  onOverride: (reason: string) => void,
) {
  switch (data.type) {
    case "CPISE_RESIDENTIAL": {
      const occupancy = await lockCentreOccupancy(tx, caseCentreId, "form");
      if (!occupancy) throw new NotFoundError();
      const decision = decideCapacity({ ...occupancy, canOverride: can(actor, "placement:override"), overrideReason: data.capacityOverrideReason });
      if (decision.kind === "refused") throw new PlacementFieldError({ form: "placement.centreFull" });
      if (decision.kind === "needsOverrideReason") throw new PlacementFieldError({ capacityOverrideReason: "placement.overrideRequired" });
      row.centreId = caseCentreId;
      if (decision.kind === "overridden") {
        row.capacityOverrideReason = decision.reason;
        onOverride(decision.reason);
      }
      return;
    }
    case "FOSTER_FAMILY": {
      if (!isUuid(data.fosterFamilyId)) throw new PlacementFieldError({ fosterFamilyId: "placement.familyNotFound" });
      await lockFosterFamily(tx, data.fosterFamilyId, ngoFoster ? actor.organisationId : null);
      row.fosterFamilyId = data.fosterFamilyId;
      return;
    }
    case "KINSHIP_CARE":
      Object.assign(row, {
        caregiverName: data.caregiverName,
        caregiverRelationship: data.caregiverRelationship,
        address: data.address,
        contactPhone: data.contactPhone,
      });
      return;
    case "SUPERVISED_INDEPENDENT_LIVING":
      Object.assign(row, { placeName: data.placeName, address: data.address, contactPhone: data.contactPhone });
      return;
    case "OTHER_SHELTER":
      Object.assign(row, { placeName: data.placeName, address: data.address });
      return;
  }
}

/**
 * Locks the foster family row and checks it may receive a child: APPROVED (not applied, assessed
 * or suspended) with fewer active placements than its capacity. An NGO caseworker only reaches
 * the families of their own organisation (`organisationId`).
 */
async function lockFosterFamily(tx: Tx, familyId: string, organisationId: string | null) {
  const rows = await tx.$queryRaw<{ capacity: number; vettingStatus: string; organisationId: string }[]>`
    SELECT "capacity", "vettingStatus"::text AS "vettingStatus", "organisationId"::text AS "organisationId"
    FROM "FosterFamily" WHERE "id" = ${familyId}::uuid FOR UPDATE`;
  const family = rows[0];
  if (!family || (organisationId && family.organisationId !== organisationId)) {
    throw new PlacementFieldError({ fosterFamilyId: "placement.familyNotFound" });
  }
  if (family.vettingStatus !== "APPROVED") throw new PlacementFieldError({ fosterFamilyId: "placement.familyNotApproved" });
  const occupied = await tx.placement.count({ where: { fosterFamilyId: familyId, endDate: null } });
  if (occupied >= family.capacity) throw new PlacementFieldError({ fosterFamilyId: "placement.familyFull" });
}
