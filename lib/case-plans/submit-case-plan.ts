import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { WriteResult } from "@/lib/action-result";
import { storeCasePlan, type CasePlanSaved } from "./store-case-plan";

/** Saves the plan's goals and submits the plan for the supervisor's approval. */
export async function submitCasePlan(actor: Actor, caseId: string, input: unknown): Promise<WriteResult<CasePlanSaved>> {
  return storeCasePlan(actor, caseId, input, "submit");
}
