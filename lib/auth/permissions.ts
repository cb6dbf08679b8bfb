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
  /** Open case pages, their documents and caseload lists (which cases: the scope decides). */
  "case:read",
  /** Register a new child in one's own centre (includes the duplicate search). */
  "case:register",
  /** Edit the case file, set the risk level, write the assessment and the case plan, attach and remove documents, ask for closure. */
  "case:edit",
  /** Add case notes and follow-up visits (on the cases one may edit). */
  "case:note",
  /** Add notes and follow-up visits to every case in one's read scope: the NGO's follow-up of the cases referred to it. */
  "case:note:referred",
  /** Hold a caseload of one's own: one's registrations are assigned to oneself, the caseload opens on "my cases". */
  "caseload:own",
  /** Ask a centre's supervisor for access to a case the duplicate search found outside one's scope (the read scope honours granted requests). */
  "case:request-access",
  /** Approve or reject assessments, case plans and closures; reopen a closed case. */
  "case:approve",
  /** Assign and reassign cases to workers of the centre; grant access requests. */
  "case:assign",
  /** Admit, discharge and transfer children (cases in one's edit scope; centres of one's own). */
  "placement:manage",
  /** Admit beyond a centre's capacity, with a reason (audited). */
  "placement:override",
  /** See the occupancy board of one's centres (all centres for the national supervisor). */
  "placement:board",
  /** Register and vet foster families of one's own organisation, record monitoring visits. */
  "foster:manage",
  /** See foster families (to choose one for a placement, or on the occupancy board). */
  "foster:read",
  /** Refer a case with an approved BIA to a BID panel, complete its readiness items. */
  "bid:refer",
  /** The BID coordinator: queue, roster, sessions, agendas, attendance, decision records. */
  "bid:coordinate",
  /** Sit on BID panels: "My panels", conflicts of interest, dossiers of one's sessions, votes, signing as chair. */
  "bid:sit",
  /** Supervisor dashboards: caseload per worker, overdue work, occupancy (own centres; all for the national supervisor). */
  "report:dashboard",
  /** The indicator report for a period (aggregate, consented cases only, small cells suppressed) and its exports. */
  "report:indicators",
  /** Export the filtered caseload as a spreadsheet (columns per role: lib/exports). */
  "case:export",
  /** Change configuration such as the case timelines. */
  "config:manage",
  /** Create and change user accounts, issue activation and reset links, unlock, reset a second factor. */
  "user:manage",
  /** Add and change centres (capacity with a reason) and partner organisations. */
  "org:manage",
  /** Read the audit trail (metadata only, never case contents) and export it for the data-protection authority. */
  "audit:read",
  /** On a case in one's scope: who opened the file, and its change history field by field. */
  "case:history",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  SOCIAL_WORKER: [
    "case:read",
    "case:register",
    "case:edit",
    "case:note",
    "caseload:own",
    "case:request-access",
    "placement:manage",
    "foster:read",
    "bid:refer",
  ],
  CENTRE_SUPERVISOR: [
    "case:read",
    "case:register",
    "case:edit",
    "case:note",
    "case:approve",
    "case:assign",
    "placement:manage",
    "placement:override",
    "placement:board",
    "foster:read",
    "bid:refer",
    "report:dashboard",
    "case:export",
    "case:history",
  ],
  NATIONAL_SUPERVISOR: ["case:read", "placement:board", "foster:read", "report:dashboard", "report:indicators", "case:export", "case:history"],
  BID_COORDINATOR: ["case:read", "bid:coordinate"],
  // Panel members never open case pages: only the BID dossiers of their sessions (lib/bid).
  PANEL_MEMBER: ["bid:sit"],
  NGO_CASEWORKER: ["case:read", "case:note", "case:note:referred", "foster:manage", "foster:read"],
  // Aggregates only: never a name, a case page or a caseload.
  ME_OFFICER: ["report:indicators"],
  // Runs the system (accounts, centres, settings, the audit trail's metadata); never a case's contents.
  ADMINISTRATOR: ["config:manage", "user:manage", "org:manage", "audit:read"],
};

export function permissionsOf(role: Role): readonly Permission[] {
  return Object.hasOwn(ROLE_PERMISSIONS, role) ? ROLE_PERMISSIONS[role] : [];
}

/** Fail-closed: an unknown role or permission is refused. */
export function can(actor: { role: Role }, permission: Permission): boolean {
  return permissionsOf(actor.role).includes(permission);
}
