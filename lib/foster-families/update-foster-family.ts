import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { can } from "@/lib/auth/permissions";
import { fieldErrorsByPath } from "@/lib/field-errors";
import { fosterFamilyEditSchema } from "./foster-family.schema";
import { findFamilyForWrite } from "./foster-scope";

const detailSelect = {
  householdName: true,
  location: true,
  address: true,
  languages: true,
  capacity: true,
  contactName: true,
  contactPhone: true,
  notes: true,
} as const;

/**
 * Edits a household's details (not its vetting status), with the version the form was read at:
 * a stale form is refused with a ConflictError, never silently overwrites.
 */
export async function updateFosterFamily(actor: Actor, familyId: string, input: unknown): Promise<WriteResult<{ version: number }>> {
  if (!can(actor, "foster:manage")) throw new NotFoundError();
  const parsed = fosterFamilyEditSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByPath(parsed.error) };
  const { version, ...details } = parsed.data;

  return db.$transaction(async (tx) => {
    const family = await findFamilyForWrite(tx, actor, familyId, version);
    const before = await tx.fosterFamily.findUniqueOrThrow({ where: { id: familyId }, select: detailSelect });
    const { count } = await tx.fosterFamily.updateMany({
      where: { id: familyId, version },
      data: { ...details, version: { increment: 1 } },
    });
    if (count !== 1) throw new ConflictError(null, family.updatedAt);
    await writeAuditEvent(tx, actor.userId, { action: "fosterFamily.updated", entityType: "FosterFamily", entityId: familyId, before, after: details });
    return { ok: true as const, data: { version: version + 1 } };
  });
}
