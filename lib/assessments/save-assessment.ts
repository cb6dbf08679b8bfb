import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { WriteResult } from "@/lib/action-result";
import { storeAssessment, type AssessmentSaved } from "./store-assessment";

/**
 * Saves the assessment draft (creating it on the first save, which moves a registered case into
 * ASSESSMENT). After a rejection, the first save starts a new draft: the rejected assessment
 * stays as history with its reason. Input: the form values plus the case version they were read at.
 */
export async function saveAssessmentDraft(actor: Actor, caseId: string, input: unknown): Promise<WriteResult<AssessmentSaved>> {
  return storeAssessment(actor, caseId, input, "draft");
}
