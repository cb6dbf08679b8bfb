"use server";
import { revalidatePath } from "next/cache";
import { param, runAction, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth/session";
import { changeFosterFamilyStatus } from "@/lib/foster-families/change-foster-family-status";
import { recordFosterVisit } from "@/lib/foster-families/record-foster-visit";
import { registerFosterFamily } from "@/lib/foster-families/register-foster-family";
import { updateFosterFamily } from "@/lib/foster-families/update-foster-family";
import type { FosterVettingStatus } from "@/lib/generated/prisma/enums";

/** Session → DAL (which checks the permission and the organisation, validates, writes with its audit event). */
export async function registerFosterFamilyAction(input: unknown): Promise<ActionResult<{ familyId: string }>> {
  return runAction([input], [param.values], async (input) => {
    const actor = await requireActor();
    const result = await registerFosterFamily(actor, input);
    if (result.ok) revalidatePath("/foster-families");
    return result;
  });
}

export async function updateFosterFamilyAction(familyId: string, input: unknown): Promise<ActionResult<{ version: number }>> {
  return runAction([familyId, input], [param.id, param.values], async (familyId, input) => {
    const actor = await requireActor();
    const result = await updateFosterFamily(actor, familyId, input);
    if (result.ok) revalidatePath("/foster-families", "layout");
    return result;
  });
}

export async function changeFosterFamilyStatusAction(
  familyId: string,
  input: unknown,
): Promise<ActionResult<{ vettingStatus: FosterVettingStatus; flaggedPlacements: number }>> {
  return runAction([familyId, input], [param.id, param.values], async (familyId, input) => {
    const actor = await requireActor();
    const result = await changeFosterFamilyStatus(actor, familyId, input);
    if (result.ok) {
      revalidatePath("/foster-families", "layout");
      revalidatePath("/placements");
    }
    return result;
  });
}

export async function recordFosterVisitAction(
  familyId: string,
  input: unknown,
): Promise<ActionResult<{ visitId: string; suspended: boolean; flaggedPlacements: number }>> {
  return runAction([familyId, input], [param.id, param.values], async (familyId, input) => {
    const actor = await requireActor();
    const result = await recordFosterVisit(actor, familyId, input);
    if (result.ok) {
      revalidatePath("/foster-families", "layout");
      revalidatePath("/placements");
    }
    return result;
  });
}
