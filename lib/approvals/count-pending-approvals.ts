import "server-only";
import { cache } from "react";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { pendingApprovalCaseWhere } from "./pending-approval-scope";

/**
 * How many submitted assessments, case plans and closure requests wait for this supervisor, with
 * the same scope as the approvals inbox (lib/approvals/list-pending-approvals.ts). Cached per
 * request: the navigation may render the approvals link more than once per page.
 */
export const countPendingApprovals = cache(async (actor: Actor): Promise<number> => {
  if (!can(actor, "case:approve")) throw new NotFoundError();
  const onCase = pendingApprovalCaseWhere(actor);
  const counts = await Promise.all([
    db.assessment.count({ where: { status: "SUBMITTED", case: onCase } }),
    db.casePlan.count({ where: { status: "SUBMITTED", case: onCase } }),
    db.caseClosure.count({ where: { status: "SUBMITTED", case: onCase } }),
  ]);
  return counts.reduce((sum, count) => sum + count, 0);
});
