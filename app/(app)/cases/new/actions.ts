"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { registerChild, type RegisterChildResult } from "@/lib/cases/register-child";

/** Session → DAL (which checks role and scope, validates, writes with its audit event). */
export async function registerChildAction(input: unknown): Promise<RegisterChildResult> {
  const actor = await requireActor();
  const result = await registerChild(actor, input);
  if (result.ok) revalidatePath("/cases");
  return result;
}
