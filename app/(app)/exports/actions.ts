"use server";
import { after } from "next/server";
import { getLocale } from "next-intl/server";
import { param, runAction, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth/session";
import { requestExport } from "@/lib/exports/request-export";
import { runExport } from "@/lib/exports/run-export";

/**
 * Queues an export and returns its id at once; the file is built after the response (`after`),
 * so the page stays usable and polls /exports/<id>/status. The language is the requester's now.
 */
export async function requestExportAction(kind: string, params: Record<string, unknown>): Promise<ActionResult<{ jobId: string }>> {
  return runAction([kind, params], [param.name, param.values], async (kind, params) => {
    const actor = await requireActor();
    const locale = await getLocale();
    const result = await requestExport(actor, kind, { ...params, locale });
    if (result.ok) {
      const { jobId } = result.data;
      after(() => runExport(jobId));
    }
    return result;
  });
}
