"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { param, runAction, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth/session";
import { changeCasePhoto } from "@/lib/cases/change-case-photo";
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
    if (!result.ok) return result;
    revalidatePath(`/cases/${input.caseId}`, "layout");
    return { ok: true, data: { version: result.version } };
  });
}

export async function changePhotoAction(formData: FormData): Promise<ActionResult<{ version: number }>> {
  return runAction([formData], [param.formData], async (formData) => {
    const actor = await requireActor();
    const caseId = String(formData.get("caseId") ?? "");
    const version = Number(formData.get("version"));
    const photo = formData.get("photo");
    const bytes = photo instanceof File ? new Uint8Array(await photo.arrayBuffer()) : null;
    const result = await changeCasePhoto(actor, { caseId, version, bytes: formData.get("remove") === "1" ? null : (bytes ?? new Uint8Array()) });
    if (!result.ok) return result;
    revalidatePath(`/cases/${caseId}`, "layout");
    return { ok: true, data: { version: result.version } };
  });
}
