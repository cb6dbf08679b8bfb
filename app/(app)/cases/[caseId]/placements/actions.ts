"use server";
import { revalidatePath } from "next/cache";
import { param, runAction, type ActionResult, type WriteResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth/session";
import { admitPlacement } from "@/lib/placements/admit-placement";
import { completePlacementReview } from "@/lib/placements/complete-placement-review";
import { dischargePlacement } from "@/lib/placements/discharge-placement";
import { transferPlacement } from "@/lib/placements/transfer-placement";

type Result = ActionResult<{ placementId: string }>;
const placementParams = [param.id, param.values] as const;

function revalidated(caseId: string, result: WriteResult<{ placementId: string }>): Result {
  if (result.ok) {
    revalidatePath(`/cases/${caseId}`, "layout");
    revalidatePath("/cases");
    revalidatePath("/placements");
  }
  return result;
}

/** Session → DAL (role, scope, capacity and the database constraints are checked there). */
export async function admitPlacementAction(caseId: string, input: unknown): Promise<Result> {
  return runAction([caseId, input], placementParams, async (caseId, input) => revalidated(caseId, await admitPlacement(await requireActor(), caseId, input)));
}

export async function dischargePlacementAction(caseId: string, input: unknown): Promise<Result> {
  return runAction([caseId, input], placementParams, async (caseId, input) => revalidated(caseId, await dischargePlacement(await requireActor(), caseId, input)));
}

export async function transferPlacementAction(caseId: string, input: unknown): Promise<Result> {
  return runAction([caseId, input], placementParams, async (caseId, input) => revalidated(caseId, await transferPlacement(await requireActor(), caseId, input)));
}

export async function completePlacementReviewAction(caseId: string, input: unknown): Promise<Result> {
  return runAction([caseId, input], placementParams, async (caseId, input) => revalidated(caseId, await completePlacementReview(await requireActor(), caseId, input)));
}
