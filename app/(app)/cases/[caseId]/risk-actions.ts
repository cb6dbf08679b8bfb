"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { param, runAction, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth/session";
import { setRiskLevel } from "@/lib/cases/set-risk-level";

const riskInput = z.object({ caseId: param.id, version: param.version, values: param.values });

export async function setRiskAction(input: { caseId: string; version: number; values: unknown }): Promise<ActionResult<{ version: number }>> {
  return runAction([input], [riskInput], async (input) => {
    const result = await setRiskLevel(await requireActor(), input);
    if (result.ok) revalidatePath(`/cases/${input.caseId}`, "layout");
    return result;
  });
}
