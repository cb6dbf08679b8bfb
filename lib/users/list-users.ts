import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { USERS_PAGE_SIZE, type UserFilters } from "./user-filters";

export type UserRow = {
  id: string;
  name: string;
  email: string;
  role: Role;
  organisation: { name: string; nameAr: string | null };
  centres: { code: string; name: string }[];
  active: boolean;
  locked: boolean;
  /** No password yet: the activation link (or a reset link) has not been used. */
  pending: boolean;
  lastSignInAt: Date | null;
  twoFactor: boolean;
};

export type UserPage = { rows: UserRow[]; total: number; page: number; pageCount: number };

function filterWhere(filters: UserFilters, now: Date): Prisma.UserWhereInput {
  const and: Prisma.UserWhereInput[] = [];
  if (filters.q) {
    and.push({ OR: [{ name: { contains: filters.q, mode: "insensitive" } }, { email: { contains: filters.q.toLowerCase() } }] });
  }
  if (filters.role) and.push({ role: filters.role });
  if (filters.organisationId) and.push({ organisationId: filters.organisationId });
  if (filters.centreId) and.push({ centres: { some: { centreId: filters.centreId } } });
  if (filters.status === "active") and.push({ active: true });
  if (filters.status === "inactive") and.push({ active: false });
  if (filters.status === "locked") and.push({ lockedUntil: { gt: now } });
  if (filters.status === "pending") and.push({ passwordHash: null });
  return { AND: and };
}

/**
 * The administrator's list of accounts (user:manage), by name, a page at a time: search in name
 * and e-mail, filters by role, organisation, centre and status. No password hash or secret leaves.
 */
export async function listUsers(actor: Actor, filters: UserFilters, now: Date = new Date()): Promise<UserPage> {
  if (!can(actor, "user:manage")) throw new NotFoundError();
  const where = filterWhere(filters, now);
  const total = await db.user.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / USERS_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const users = await db.user.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip: (page - 1) * USERS_PAGE_SIZE,
    take: USERS_PAGE_SIZE,
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      lockedUntil: true,
      passwordHash: true,
      lastSignInAt: true,
      totpEnabledAt: true,
      organisation: { select: { name: true, nameAr: true } },
      centres: { select: { centre: { select: { code: true, name: true } } }, orderBy: { centre: { code: "asc" } } },
    },
  });
  return {
    total,
    page,
    pageCount,
    rows: users.map((user) => ({
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      organisation: user.organisation,
      centres: user.centres.map((c) => c.centre),
      active: user.active,
      locked: user.lockedUntil !== null && user.lockedUntil > now,
      pending: user.passwordHash === null,
      lastSignInAt: user.lastSignInAt,
      twoFactor: user.totpEnabledAt !== null,
    })),
  };
}
