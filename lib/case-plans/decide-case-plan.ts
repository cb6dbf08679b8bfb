import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { WriteResult } from "@/lib/action-result";
import { decideSubmission } from "@/lib/approvals/decide-submission";

/** The supervisor's decision on the submitted case plan; approval moves the case to IMPLEMENTATION. */
export function decideCasePlan(actor: Actor, caseId: string, input: unknown): Promise<WriteResult<{ caseVersion: number }>> {
  return decideSubmission("casePlan", actor, caseId, input);
}
