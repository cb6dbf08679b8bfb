import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { WriteResult } from "@/lib/action-result";
import { storeAssessment, type AssessmentSaved } from "./store-assessment";

/**
 * Saves the form and submits the assessment for the supervisor's approval, once the child's
 * views, the recommendation and the "BID required?" decision are filled.
 */
export async function submitAssessment(actor: Actor, caseId: string, input: unknown): Promise<WriteResult<AssessmentSaved>> {
  return storeAssessment(actor, caseId, input, "submit");
}
