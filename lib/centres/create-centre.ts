import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { fieldErrorsByPath } from "@/lib/field-errors";
import { adminWrite, AdminFieldError } from "./admin-write";
import { createCentreSchema } from "./centre.schema";

/** Adds a centre (org:manage), active, in Mauritania; its code is unique and never changes afterwards. */
export async function createCentre(actor: Actor, input: unknown): Promise<WriteResult<{ centreId: string }>> {
  if (!can(actor, "org:manage")) throw new NotFoundError();
  const parsed = createCentreSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByPath(parsed.error) };
  const data = parsed.data;

  return adminWrite(
    () =>
      db.$transaction(async (tx) => {
        if (await tx.centre.findUnique({ where: { code: data.code }, select: { id: true } })) throw new AdminFieldError({ code: "centre.codeTaken" });
        const created = await tx.centre.create({ data, select: { id: true } });
        await writeAuditEvent(tx, actor.userId, {
          action: "centre.created",
          entityType: "Centre",
          entityId: created.id,
          after: { code: data.code, name: data.name, town: data.town, region: data.region, capacity: data.capacity, active: true },
        });
        return { centreId: created.id };
      }),
    "centre.codeTaken",
  );
}
