import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { caseScope } from "@/lib/auth/scope";
import { splitCurrent } from "@/lib/approvals/split-current";
import { isUuid } from "@/lib/validation/uuid";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { CaseCasePlans, CasePlanDto } from "./case-plan.dto";

/** The case's plans for anyone who may read the case; out of scope = NotFoundError. */
export async function getCasePlans(actor: Actor, caseId: string): Promise<CaseCasePlans> {
  if (!can(actor, "case:read") || !isUuid(caseId)) throw new NotFoundError();
  const row = await db.case.findFirst({
    where: { AND: [{ id: caseId }, caseScope(actor)] },
    select: {
      assessments: { where: { status: "APPROVED" }, select: { id: true }, take: 1 },
      casePlans: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: {
          id: true,
          status: true,
          createdAt: true,
          updatedAt: true,
          submittedAt: true,
          decidedAt: true,
          rejectionReason: true,
          author: { select: { name: true } },
          decidedBy: { select: { name: true } },
          goals: {
            orderBy: { position: "asc" },
            select: {
              id: true,
              goal: true,
              intervention: true,
              responsibleOrganisationId: true,
              responsibleOther: true,
              deadline: true,
              completedAt: true,
              responsibleOrganisation: { select: { name: true, nameAr: true } },
            },
          },
        },
      },
    },
  });
  if (!row) throw new NotFoundError();
  const plans: CasePlanDto[] = row.casePlans.map(({ author, decidedBy, goals, ...plan }) => ({
    ...plan,
    authorName: author.name,
    decidedByName: decidedBy?.name ?? null,
    goals,
  }));
  return { ...splitCurrent(plans), assessmentApproved: row.assessments.length > 0 };
}
