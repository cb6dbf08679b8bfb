"use server";
import { revalidatePath } from "next/cache";
import { param, runAction, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth/session";
import { createCentre } from "@/lib/centres/create-centre";
import { updateCentre } from "@/lib/centres/update-centre";

/** Session → DAL (which checks org:manage, validates, writes with its audit event). */
export async function createCentreAction(input: unknown): Promise<ActionResult<{ centreId: string }>> {
  return runAction([input], [param.values], async (input) => {
    const result = await createCentre(await requireActor(), input);
    if (result.ok) revalidatePath("/admin/centres");
    return result;
  });
}

export async function updateCentreAction(centreId: string, input: unknown): Promise<ActionResult<{ version: number; occupied: number }>> {
  return runAction([centreId, input], [param.id, param.values], async (centreId, input) => {
    const result = await updateCentre(await requireActor(), centreId, input);
    if (result.ok) {
      revalidatePath("/admin/centres", "layout");
      revalidatePath("/placements");
    }
    return result;
  });
}
