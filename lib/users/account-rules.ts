// Which organisation and which centres an account may have for its role (docs/domain.md,
// "Accounts and security"). Pure: the forms and lib/users share it.
import type { OrganisationType, Role } from "@/lib/generated/prisma/enums";

/** Roles whose work is in centres: they need at least one; every other role has none. */
export const CENTRE_ROLES: readonly Role[] = ["SOCIAL_WORKER", "CENTRE_SUPERVISOR"];

/** The kinds of organisation each role may belong to. */
export const ROLE_ORGANISATION_TYPES: Record<Role, readonly OrganisationType[]> = {
  // The centres' staff and the national supervision are the ministry's.
  SOCIAL_WORKER: ["MASEF"],
  CENTRE_SUPERVISOR: ["MASEF"],
  NATIONAL_SUPERVISOR: ["MASEF"],
  // Best-interests procedures are run by IOM, or by UNHCR where it leads them.
  BID_COORDINATOR: ["IOM", "UN"],
  // A BID panel is multi-agency: any partner may sit on it.
  PANEL_MEMBER: ["MASEF", "IOM", "UN", "NGO"],
  // An NGO caseworker sees the cases referred to *their* NGO.
  NGO_CASEWORKER: ["NGO"],
  // Monitoring is aggregate over every centre: the ministry or an agency, not an implementing NGO.
  ME_OFFICER: ["MASEF", "IOM", "UN"],
  // The system is run by the ministry or by IOM's information-management staff.
  ADMINISTRATOR: ["MASEF", "IOM"],
};

export function worksInCentres(role: Role): boolean {
  return CENTRE_ROLES.includes(role);
}

export function organisationFitsRole(role: Role, type: OrganisationType): boolean {
  return ROLE_ORGANISATION_TYPES[role].includes(type);
}
