import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { OrganisationType } from "@/lib/generated/prisma/enums";
import { organisationName } from "./organisation-name";

export type OrganisationOption = { id: string; name: string; type: OrganisationType };

/**
 * All organisations, named and ordered in the reader's language: for consent-to-share choices and
 * case-plan responsibilities.
 */
export async function listOrganisations(actor: Actor, locale: string): Promise<OrganisationOption[]> {
  if (!can(actor, "case:read")) throw new NotFoundError();
  const rows = await db.organisation.findMany({ select: { id: true, name: true, nameAr: true, type: true } });
  const collator = new Intl.Collator(locale);
  return rows
    .map((row) => ({ id: row.id, name: organisationName(row, locale), type: row.type }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
