import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { adminWrite, AdminFieldError } from "@/lib/centres/admin-write";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { fieldErrorsByPath } from "@/lib/field-errors";
import { createOrganisationSchema } from "./organisation.schema";

/** Adds an NGO or partner organisation (org:manage); a code already in use is refused beside the field. */
export async function createOrganisation(actor: Actor, input: unknown): Promise<WriteResult<{ organisationId: string }>> {
  if (!can(actor, "org:manage")) throw new NotFoundError();
  const parsed = createOrganisationSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByPath(parsed.error) };
  const data = parsed.data;

  return adminWrite(
    () =>
      db.$transaction(async (tx) => {
        if (await tx.organisation.findUnique({ where: { code: data.code }, select: { id: true } })) {
          throw new AdminFieldError({ code: "organisation.codeTaken" });
        }
        const created = await tx.organisation.create({ data, select: { id: true } });
        await writeAuditEvent(tx, actor.userId, { action: "organisation.created", entityType: "Organisation", entityId: created.id, after: data });
        return { organisationId: created.id };
      }),
    "organisation.codeTaken",
  );
}
