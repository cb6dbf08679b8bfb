"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { param, runAction, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth/session";
import { updateCaseSection } from "@/lib/cases/update-case-section";

const sectionInput = z.object({ caseId: param.id, version: param.version, section: param.name, values: param.values });

export async function saveSectionAction(input: {
  caseId: string;
  version: number;
  section: string;
  values: unknown;
}): Promise<ActionResult<{ version: number }>> {
  return runAction([input], [sectionInput], async (input) => {
    const result = await updateCaseSection(await requireActor(), input);
    if (result.ok) revalidatePath(`/cases/${input.caseId}`, "layout");
    return result;
  });
}
