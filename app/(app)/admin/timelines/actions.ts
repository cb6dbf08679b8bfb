"use server";
import { revalidatePath } from "next/cache";
import { param, runAction, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth/session";
import { updateTimelines } from "@/lib/settings/update-timelines";

export async function updateTimelinesAction(values: unknown): Promise<ActionResult> {
  return runAction([values], [param.values], async (values) => {
    const result = await updateTimelines(await requireActor(), values);
    if (result.ok) revalidatePath("/admin/timelines");
    return result;
  });
}
