"use server";
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth/session";
import { updateCaseSection } from "@/lib/cases/update-case-section";

export async function saveSectionAction(input: {
  caseId: string;
  version: number;
  section: string;
  values: unknown;
}): Promise<ActionResult<{ version: number }>> {
  return runAction(async () => {
    const result = await updateCaseSection(await requireActor(), input);
    if (!result.ok) return result;
    revalidatePath(`/cases/${input.caseId}`, "layout");
    return { ok: true, data: { version: result.version } };
  });
}
