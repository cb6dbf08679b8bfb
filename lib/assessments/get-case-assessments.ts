import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { caseScope } from "@/lib/auth/scope";
import { splitCurrent } from "@/lib/approvals/split-current";
import { isUuid } from "@/lib/validation/uuid";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { AssessmentDto, CaseAssessments } from "./assessment.dto";
import type { LanguageCode } from "@/lib/reference/languages";
import { toFactors } from "./assessment.schema";

/** The case's assessments for anyone who may read the case; out of scope = NotFoundError. */
export async function getCaseAssessments(actor: Actor, caseId: string): Promise<CaseAssessments> {
  if (!can(actor, "case:read") || !isUuid(caseId)) throw new NotFoundError();
  const row = await db.case.findFirst({
    where: { AND: [{ id: caseId }, caseScope(actor)] },
    select: {
      assessments: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: {
          id: true,
          status: true,
          interviewDate: true,
          interviewLanguage: true,
          interpreterUsed: true,
          interpreterName: true,
          childViews: true,
          caregiverViews: true,
          factors: true,
          options: true,
          recommendation: true,
          bidRequired: true,
          bidReason: true,
          createdAt: true,
          updatedAt: true,
          submittedAt: true,
          decidedAt: true,
          rejectionReason: true,
          author: { select: { name: true } },
          decidedBy: { select: { name: true } },
        },
      },
    },
  });
  if (!row) throw new NotFoundError();
  const items: AssessmentDto[] = row.assessments.map(({ author, decidedBy, factors, interviewLanguage, ...assessment }) => ({
    ...assessment,
    // The column's CHECK holds it to the language codes.
    interviewLanguage: interviewLanguage as LanguageCode | null,
    factors: toFactors(factors),
    authorName: author.name,
    decidedByName: decidedBy?.name ?? null,
  }));
  return { ...splitCurrent(items), approved: items.some((item) => item.status === "APPROVED") };
}
