import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { OrganisationType } from "@/lib/generated/prisma/enums";

export type OrganisationOption = { id: string; name: string; type: OrganisationType };

/** All organisations, by name: for consent-to-share choices and case-plan responsibilities. */
export async function listOrganisations(actor: Actor): Promise<OrganisationOption[]> {
  if (!can(actor, "case:read")) throw new NotFoundError();
  return db.organisation.findMany({ select: { id: true, name: true, type: true }, orderBy: { name: "asc" } });
}
