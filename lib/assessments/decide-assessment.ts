import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { WriteResult } from "@/lib/action-result";
import { decideSubmission } from "@/lib/approvals/decide-submission";

/** The supervisor's decision on the submitted assessment; approval moves the case to CASE_PLAN. */
export function decideAssessment(actor: Actor, caseId: string, input: unknown): Promise<WriteResult<{ caseVersion: number }>> {
  return decideSubmission("assessment", actor, caseId, input);
}
