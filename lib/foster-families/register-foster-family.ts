import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { fieldErrorsByPath } from "@/lib/field-errors";
import { fosterFamilySchema } from "./foster-family.schema";

/** An NGO caseworker registers a household for their own organisation; it starts as APPLIED. */
export async function registerFosterFamily(actor: Actor, input: unknown): Promise<WriteResult<{ familyId: string }>> {
  if (!can(actor, "foster:manage")) throw new NotFoundError();
  const parsed = fosterFamilySchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByPath(parsed.error) };
  const family = parsed.data;

  return db.$transaction(async (tx) => {
    const created = await tx.fosterFamily.create({
      data: { ...family, organisationId: actor.organisationId, createdById: actor.userId, vettingStatus: "APPLIED" },
      select: { id: true },
    });
    await writeAuditEvent(tx, actor.userId, {
      action: "fosterFamily.registered",
      entityType: "FosterFamily",
      entityId: created.id,
      after: { ...family, organisationId: actor.organisationId, vettingStatus: "APPLIED" },
    });
    return { ok: true as const, data: { familyId: created.id } };
  });
}
