"use server";
import { revalidatePath } from "next/cache";
import { param, runAction, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth/session";
import { updateSecurityConfig } from "@/lib/settings/update-security-config";

export async function updateSecurityConfigAction(input: unknown): Promise<ActionResult> {
  return runAction([input], [param.values], async (values) => {
    const result = await updateSecurityConfig(await requireActor(), values);
    if (result.ok) revalidatePath("/admin/security");
    return result;
  });
}
