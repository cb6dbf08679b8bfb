// Permissions as data: role → permissions. Pure, no I/O; the one place that says who may do what.
// Which *records* an allowed action may touch is the scope's job (lib/auth/scope.ts).
import type { Role } from "@/lib/generated/prisma/enums";

export const ROLES = [
  "SOCIAL_WORKER",
  "CENTRE_SUPERVISOR",
  "NATIONAL_SUPERVISOR",
  "BID_COORDINATOR",
  "PANEL_MEMBER",
  "NGO_CASEWORKER",
  "ME_OFFICER",
  "ADMINISTRATOR",
] as const satisfies readonly Role[];

export const PERMISSIONS = [
  /** Open case pages and caseload lists (which cases: the scope decides). */
  "case:read",
  /** Register a new child in one's own centre (includes the duplicate search). */
  "case:register",
  /** Edit the case file, set the risk level, write the assessment and the case plan, ask for closure. */
  "case:edit",
  /** Add case notes and follow-up visits. */
  "case:note",
  /** Approve or reject assessments, case plans and closures; reopen a closed case. */
  "case:approve",
  /** Assign and reassign cases to workers of the centre; grant access requests. */
  "case:assign",
  /** Change configuration such as the case timelines. */
  "config:manage",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  SOCIAL_WORKER: ["case:read", "case:register", "case:edit", "case:note"],
  CENTRE_SUPERVISOR: ["case:read", "case:register", "case:edit", "case:note", "case:approve", "case:assign"],
  NATIONAL_SUPERVISOR: ["case:read"],
  BID_COORDINATOR: ["case:read"],
  // Panel members read BID dossiers of their sessions only, which arrives with the BID issue.
  PANEL_MEMBER: [],
  NGO_CASEWORKER: ["case:read", "case:note"],
  ME_OFFICER: [],
  ADMINISTRATOR: ["config:manage"],
};

export function permissionsOf(role: Role): readonly Permission[] {
  return Object.hasOwn(ROLE_PERMISSIONS, role) ? ROLE_PERMISSIONS[role] : [];
}

/** Fail-closed: an unknown role or permission is refused. */
export function can(actor: { role: Role }, permission: Permission): boolean {
  return permissionsOf(actor.role).includes(permission);
}
