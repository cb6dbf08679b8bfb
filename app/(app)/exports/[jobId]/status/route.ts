import { getActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { getExportStatus } from "@/lib/exports/get-export-status";

/**
 * Progress for the export button's polling: { status, rowsDone, rowsTotal, error, downloadable }.
 * A GET route, not a server action: actions from one page run one after another, and a poll every
 * second would hold up the user's own forms.
 */
export async function GET(_request: Request, { params }: RouteContext<"/exports/[jobId]/status">) {
  const actor = await getActor();
  const { jobId } = await params;
  if (!actor) return Response.json({ status: "NOT_FOUND" }, { status: 404 });
  try {
    const { status, rowsDone, rowsTotal, error, downloadable, fileName } = await getExportStatus(actor, jobId);
    return Response.json({ status, rowsDone, rowsTotal, error, downloadable, fileName }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof NotFoundError) return Response.json({ status: "NOT_FOUND" }, { status: 404 });
    throw error;
  }
}
