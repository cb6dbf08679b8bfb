import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { WriteResult } from "@/lib/action-result";
import { storeCasePlan, type CasePlanSaved } from "./store-case-plan";

/**
 * Saves the case plan draft (created on the first save; after a rejection, a new draft, the
 * rejected plan staying as history). Only once the assessment is approved (case in CASE_PLAN).
 */
export async function saveCasePlanDraft(actor: Actor, caseId: string, input: unknown): Promise<WriteResult<CasePlanSaved>> {
  return storeCasePlan(actor, caseId, input, "draft");
}
