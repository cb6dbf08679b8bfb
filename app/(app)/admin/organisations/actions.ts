"use server";
import { revalidatePath } from "next/cache";
import { param, runAction, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth/session";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { updateOrganisation } from "@/lib/organisations/update-organisation";

/** Session → DAL (which checks org:manage, validates, writes with its audit event). */
export async function createOrganisationAction(input: unknown): Promise<ActionResult<{ organisationId: string }>> {
  return runAction([input], [param.values], async (input) => {
    const result = await createOrganisation(await requireActor(), input);
    if (result.ok) revalidatePath("/admin/organisations");
    return result;
  });
}

export async function updateOrganisationAction(organisationId: string, input: unknown): Promise<ActionResult<{ version: number }>> {
  return runAction([organisationId, input], [param.id, param.values], async (organisationId, input) => {
    const result = await updateOrganisation(await requireActor(), organisationId, input);
    if (result.ok) revalidatePath("/admin/organisations", "layout");
    return result;
  });
}
