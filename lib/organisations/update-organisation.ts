import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { adminWrite, AdminFieldError, staleEdit } from "@/lib/centres/admin-write";
import { isUuid } from "@/lib/validation/uuid";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { fieldErrorsByPath } from "@/lib/field-errors";
import { updateOrganisationSchema } from "./organisation.schema";

/** Edits an organisation (org:manage) at the version the form was read: a stale form is refused. */
export async function updateOrganisation(actor: Actor, organisationId: string, input: unknown): Promise<WriteResult<{ version: number }>> {
  if (!can(actor, "org:manage") || !isUuid(organisationId)) throw new NotFoundError();
  const parsed = updateOrganisationSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByPath(parsed.error) };
  const { version, code, name, nameAr, type, country } = parsed.data;
  const after = { code, name, nameAr, type, country };

  return adminWrite(
    () =>
      db.$transaction(async (tx) => {
        const current = await tx.organisation.findUnique({
          where: { id: organisationId },
          select: { code: true, name: true, nameAr: true, type: true, country: true, version: true, updatedAt: true },
        });
        if (!current) throw new NotFoundError();
        if (current.version !== version) throw await staleEdit(tx, "Organisation", organisationId, current.updatedAt);
        if (code !== current.code && (await tx.organisation.findUnique({ where: { code }, select: { id: true } }))) {
          throw new AdminFieldError({ code: "organisation.codeTaken" });
        }
        // The version in the where: two saves from the same version cannot both pass.
        const { count } = await tx.organisation.updateMany({ where: { id: organisationId, version }, data: { ...after, version: { increment: 1 } } });
        if (count !== 1) throw await staleEdit(tx, "Organisation", organisationId, current.updatedAt);
        const before = { code: current.code, name: current.name, nameAr: current.nameAr, type: current.type, country: current.country };
        await writeAuditEvent(tx, actor.userId, { action: "organisation.updated", entityType: "Organisation", entityId: organisationId, before, after });
        return { version: version + 1 };
      }),
    "organisation.codeTaken",
  );
}
