import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { isUuid } from "@/lib/validation/uuid";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { OrganisationType } from "@/lib/generated/prisma/enums";

export type OrganisationForEdit = { id: string; code: string; name: string; nameAr: string | null; type: OrganisationType; country: string; version: number };

/** One organisation for the administrator's edit form (org:manage). */
export async function getOrganisation(actor: Actor, organisationId: string): Promise<OrganisationForEdit> {
  if (!can(actor, "org:manage") || !isUuid(organisationId)) throw new NotFoundError();
  const organisation = await db.organisation.findUnique({
    where: { id: organisationId },
    select: { id: true, code: true, name: true, nameAr: true, type: true, country: true, version: true },
  });
  if (!organisation) throw new NotFoundError();
  return organisation;
}
