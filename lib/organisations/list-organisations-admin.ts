import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { OrganisationType } from "@/lib/generated/prisma/enums";

export type AdminOrganisation = {
  id: string;
  code: string;
  name: string;
  nameAr: string | null;
  type: OrganisationType;
  country: string;
  users: number;
  version: number;
};

/** Every organisation with its number of accounts: the administrator's list (org:manage). */
export async function listOrganisationsForAdmin(actor: Actor): Promise<AdminOrganisation[]> {
  if (!can(actor, "org:manage")) throw new NotFoundError();
  const rows = await db.organisation.findMany({
    select: { id: true, code: true, name: true, nameAr: true, type: true, country: true, version: true, _count: { select: { users: true } } },
    orderBy: { code: "asc" },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, users: _count.users }));
}
