import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { OrganisationType } from "@/lib/generated/prisma/enums";

export type AccountOptions = {
  organisations: { id: string; name: string; nameAr: string | null; type: OrganisationType; country: string }[];
  centres: { id: string; code: string; name: string; country: string; active: boolean }[];
};

/** The organisations and centres the account forms and the list's filters offer (user:manage). */
export async function listAccountOptions(actor: Actor): Promise<AccountOptions> {
  if (!can(actor, "user:manage")) throw new NotFoundError();
  const [organisations, centres] = await Promise.all([
    db.organisation.findMany({ select: { id: true, name: true, nameAr: true, type: true, country: true }, orderBy: { name: "asc" } }),
    db.centre.findMany({ select: { id: true, code: true, name: true, country: true, active: true }, orderBy: { code: "asc" } }),
  ]);
  return { organisations, centres };
}
