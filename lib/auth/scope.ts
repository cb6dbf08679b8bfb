// Scope: actor → Prisma where-input. Pure. A case outside this filter does not exist for the actor.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "./actor";

/** Matches no row: for roles that see no case at all. */
const NONE: Prisma.CaseWhereInput = { id: { in: [] } };

export function caseScope(actor: Pick<Actor, "role" | "userId" | "centreIds" | "organisationId">): Prisma.CaseWhereInput {
  switch (actor.role) {
    case "SOCIAL_WORKER":
      // Their own centre's cases that they are assigned to or registered.
      return {
        centreId: { in: [...actor.centreIds] },
        OR: [{ assignedWorkerId: actor.userId }, { registeredById: actor.userId }],
      };
    case "CENTRE_SUPERVISOR":
      return { centreId: { in: [...actor.centreIds] } };
    case "NATIONAL_SUPERVISOR":
      return {};
    case "BID_COORDINATOR":
      return { status: "BID_PENDING" };
    case "NGO_CASEWORKER":
      return { referrals: { some: { organisationId: actor.organisationId, consentToShare: true } } };
    case "PANEL_MEMBER":
    case "ME_OFFICER":
    case "ADMINISTRATOR":
      return NONE;
    default:
      return NONE;
  }
}
