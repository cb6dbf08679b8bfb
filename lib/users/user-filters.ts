// The user list's filters, read from the URL (pure): unknown values are dropped, never an error.
import { ROLES } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import { isUuid } from "@/lib/validation/uuid";

export const USER_STATUSES = ["active", "inactive", "locked", "pending"] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export type UserFilters = {
  q: string;
  role: Role | null;
  organisationId: string | null;
  centreId: string | null;
  status: UserStatus | null;
  page: number;
};

export const USERS_PAGE_SIZE = 25;

type Params = Record<string, string | string[] | undefined>;

function one(params: Params, key: string): string {
  const value = params[key];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

export function parseUserFilters(params: Params): UserFilters {
  const role = one(params, "role");
  const status = one(params, "status");
  const organisationId = one(params, "organisation").toLowerCase();
  const centreId = one(params, "centre").toLowerCase();
  const page = Number(one(params, "page"));
  return {
    q: one(params, "q").slice(0, 100),
    role: (ROLES as readonly string[]).includes(role) ? (role as Role) : null,
    organisationId: isUuid(organisationId) ? organisationId : null,
    centreId: isUuid(centreId) ? centreId : null,
    status: (USER_STATUSES as readonly string[]).includes(status) ? (status as UserStatus) : null,
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
  };
}

/** The filters as query parameters (page left out), for the pagination links. */
export function userFilterParams(filters: UserFilters): Record<string, string> {
  const params: Record<string, string> = {};
  if (filters.q) params.q = filters.q;
  if (filters.role) params.role = filters.role;
  if (filters.organisationId) params.organisation = filters.organisationId;
  if (filters.centreId) params.centre = filters.centreId;
  if (filters.status) params.status = filters.status;
  return params;
}
