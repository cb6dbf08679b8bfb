import { getActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { downloadExport } from "@/lib/exports/download-export";

/** The finished file, for its requester only (anything else: 404, like a missing job); audited. */
export async function GET(_request: Request, { params }: RouteContext<"/exports/[jobId]">) {
  const actor = await getActor();
  const { jobId } = await params;
  if (!actor) return new Response("Not found", { status: 404 });
  try {
    const file = await downloadExport(actor, jobId);
    return new Response(Buffer.from(file.content), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.fileName}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response("Not found", { status: 404 });
    throw error;
  }
}
