import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { isUuid } from "@/lib/validation/uuid";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { fieldErrorsByPath } from "@/lib/field-errors";
import { adminWrite, AdminFieldError, staleEdit } from "./admin-write";
import { updateCentreSchema } from "./centre.schema";

/**
 * Edits a centre's name, town, region, capacity and activity (org:manage), at the version the
 * form was read: a stale form is refused (ConflictError). A capacity change needs a reason and
 * writes a CentreCapacityChange row (the occupancy board's history) with the audit event, in one
 * transaction. Lowering the capacity below the children present is allowed: the board shows the
 * centre over capacity. Returns the new version and the children present, for the form's warning.
 */
export async function updateCentre(actor: Actor, centreId: string, input: unknown): Promise<WriteResult<{ version: number; occupied: number }>> {
  if (!can(actor, "org:manage") || !isUuid(centreId)) throw new NotFoundError();
  const parsed = updateCentreSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByPath(parsed.error) };
  const { version, capacityReason, name, town, region, capacity, active } = parsed.data;
  const after = { name, town, region, capacity, active };

  return adminWrite(
    () =>
      db.$transaction(async (tx) => {
        // The row lock orders this edit with admissions, which read the capacity under the same lock.
        await tx.$queryRaw`SELECT 1 FROM "Centre" WHERE "id" = ${centreId}::uuid FOR UPDATE`;
        const current = await tx.centre.findUnique({
          where: { id: centreId },
          select: { name: true, town: true, region: true, capacity: true, active: true, version: true, updatedAt: true },
        });
        if (!current) throw new NotFoundError();
        if (current.version !== version) throw await staleEdit(tx, "Centre", centreId, current.updatedAt);
        const capacityChanged = after.capacity !== current.capacity;
        if (capacityChanged && !capacityReason) throw new AdminFieldError({ capacityReason: "centre.capacityReasonRequired" });

        await tx.centre.update({ where: { id: centreId }, data: { ...after, version: { increment: 1 } } });
        if (capacityChanged) {
          await tx.centreCapacityChange.create({
            data: { centreId, fromCapacity: current.capacity, toCapacity: after.capacity, reason: capacityReason!, changedById: actor.userId },
          });
        }
        const before = { name: current.name, town: current.town, region: current.region, capacity: current.capacity, active: current.active };
        await writeAuditEvent(tx, actor.userId, {
          action: "centre.updated",
          entityType: "Centre",
          entityId: centreId,
          before,
          after: { ...after, capacityReason: capacityChanged ? capacityReason : null },
        });
        const occupied = await tx.placement.count({ where: { centreId, type: "CPISE_RESIDENTIAL", endDate: null } });
        return { version: version + 1, occupied };
      }),
    "centre.codeTaken",
  );
}
