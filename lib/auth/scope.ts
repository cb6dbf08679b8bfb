// Scope: actor → Prisma where-input. Pure. A case outside this filter does not exist for the actor.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "./actor";

type ScopeActor = Pick<Actor, "role" | "userId" | "centreIds" | "organisationId">;

/** Matches no row: for roles that see no case at all. */
const NONE: Prisma.CaseWhereInput = { id: { in: [] } };

/**
 * Whether the actor oversees every centre (the national supervisor) rather than the centres they
 * belong to. Aggregates over "all centres" (dashboard, occupancy board, the worker filter) use it.
 */
export function seesEveryCentre(actor: Pick<ScopeActor, "role">): boolean {
  return actor.role === "NATIONAL_SUPERVISOR";
}

/**
 * The centres whose aggregates the actor may see (dashboard, occupancy board): every centre for
 * the national supervisor, otherwise the centres they belong to (none for a user without one).
 * Who may open those pages at all is a permission (report:dashboard, placement:board).
 */
export function centreScope(actor: Pick<ScopeActor, "role" | "centreIds">): Prisma.CentreWhereInput {
  return seesEveryCentre(actor) ? {} : { id: { in: [...actor.centreIds] } };
}

/** The cases the actor may read. */
export function caseScope(actor: ScopeActor): Prisma.CaseWhereInput {
  switch (actor.role) {
    case "SOCIAL_WORKER":
      // Their own centre's cases that they are assigned to or registered, plus any case whose
      // supervisor granted them access after a duplicate search.
      return {
        OR: [
          {
            centreId: { in: [...actor.centreIds] },
            OR: [{ assignedWorkerId: actor.userId }, { registeredById: actor.userId }],
          },
          { accessRequests: { some: { requesterId: actor.userId, status: "GRANTED" } } },
        ],
      };
    case "CENTRE_SUPERVISOR":
      return { centreId: { in: [...actor.centreIds] } };
    case "NATIONAL_SUPERVISOR":
      return {};
    case "BID_COORDINATOR":
      // Every case ever referred for BID (all centres): the coordinator follows decided cases too.
      return { bidReferrals: { some: {} } };
    case "NGO_CASEWORKER":
      // Referred to their organisation *and* the child consented to sharing with it.
      return {
        referrals: { some: { organisationId: actor.organisationId } },
        consentShares: { some: { organisationId: actor.organisationId } },
      };
    case "PANEL_MEMBER": // BID dossiers only, through lib/bid (never case pages)
    case "ME_OFFICER":
    case "ADMINISTRATOR":
      return NONE;
    default:
      return NONE;
  }
}

/**
 * The cases the actor may change (case file, risk, assessment, plan, closure request): a social
 * worker only while the case is assigned to them — after a reassignment the previous worker can
 * still read a case they registered but no longer edit it; a supervisor, their centres' cases.
 */
export function caseEditScope(actor: ScopeActor): Prisma.CaseWhereInput {
  switch (actor.role) {
    case "SOCIAL_WORKER":
      return { centreId: { in: [...actor.centreIds] }, assignedWorkerId: actor.userId };
    case "CENTRE_SUPERVISOR":
      return { centreId: { in: [...actor.centreIds] } };
    default:
      return NONE;
  }
}
