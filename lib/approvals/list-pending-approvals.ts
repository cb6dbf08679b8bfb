import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { pendingApprovalCaseWhere } from "./pending-approval-scope";

export type PendingKind = "assessment" | "plan" | "closure";

export type PendingApproval = {
  kind: PendingKind;
  id: string;
  caseId: string;
  caseNumber: string;
  childName: { firstName: string; lastName: string };
  workerName: string;
  submittedAt: Date;
};

export type PendingApprovals = { items: PendingApproval[]; total: number };

/** At most this many items are listed, oldest first; the total says how many wait. */
export const PENDING_APPROVALS_CAP = 50;

const caseSelect = { select: { id: true, caseNumber: true, firstName: true, lastName: true } } as const;

type CaseRef = { id: string; caseNumber: string; firstName: string; lastName: string };

function toItem(kind: PendingKind, id: string, kase: CaseRef, workerName: string, submittedAt: Date): PendingApproval {
  return {
    kind,
    id,
    caseId: kase.id,
    caseNumber: kase.caseNumber,
    childName: { firstName: kase.firstName, lastName: kase.lastName },
    workerName,
    submittedAt,
  };
}

/**
 * What waits for the supervisor's decision: submitted assessments, case plans and closure
 * requests on open cases of their centres, oldest first. One query per kind and one count per
 * kind, read side by side on the pool rather than batched in one transaction, whose connection
 * would be handed several statements at once (ADR 0021); a write between them can make the total
 * one off for that one view, which is harmless.
 */
export async function listPendingApprovals(actor: Actor): Promise<PendingApprovals> {
  if (!can(actor, "case:approve")) throw new NotFoundError();
  const onCase = pendingApprovalCaseWhere(actor);
  const take = PENDING_APPROVALS_CAP;
  const [assessments, plans, closures, assessmentCount, planCount, closureCount] = await Promise.all([
    db.assessment.findMany({
      where: { status: "SUBMITTED", case: onCase },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      take,
      select: { id: true, submittedAt: true, updatedAt: true, author: { select: { name: true } }, case: caseSelect },
    }),
    db.casePlan.findMany({
      where: { status: "SUBMITTED", case: onCase },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      take,
      select: { id: true, submittedAt: true, updatedAt: true, author: { select: { name: true } }, case: caseSelect },
    }),
    db.caseClosure.findMany({
      where: { status: "SUBMITTED", case: onCase },
      orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
      take,
      select: { id: true, requestedAt: true, requestedBy: { select: { name: true } }, case: caseSelect },
    }),
    db.assessment.count({ where: { status: "SUBMITTED", case: onCase } }),
    db.casePlan.count({ where: { status: "SUBMITTED", case: onCase } }),
    db.caseClosure.count({ where: { status: "SUBMITTED", case: onCase } }),
  ]);
  const items = [
    // Submitting sets submittedAt; a submitted item's last change is its submission anyway.
    ...assessments.map((a) => toItem("assessment", a.id, a.case, a.author.name, a.submittedAt ?? a.updatedAt)),
    ...plans.map((p) => toItem("plan", p.id, p.case, p.author.name, p.submittedAt ?? p.updatedAt)),
    ...closures.map((c) => toItem("closure", c.id, c.case, c.requestedBy.name, c.requestedAt)),
  ]
    .sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime())
    .slice(0, take);
  return { items, total: assessmentCount + planCount + closureCount };
}
