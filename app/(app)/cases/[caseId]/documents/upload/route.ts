import { revalidatePath } from "next/cache";
import { param, runAction, type ActionResult } from "@/lib/action-result";
import { getActor } from "@/lib/auth/session";
import { uploadCaseDocument } from "@/lib/documents/upload-case-document";

/**
 * Attaches a scanned document: a multipart form (type, documentDate, note, file) as the raw body.
 * A route handler rather than a server action, whose body stops at 1 MB (docs/adr/0026-case-documents.md).
 * Answers the server actions' result shape: 401 without a session (the form then opens the
 * sign-in page), 404 outside the edit scope, 413 too large, 422 other field errors.
 */
export async function POST(request: Request, { params }: RouteContext<"/cases/[caseId]/documents/upload">) {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 401 });
  const { caseId } = await params;
  const declared = request.headers.get("content-length");
  const result: ActionResult<{ documentId: string }> = await runAction([caseId], [param.id], (checkedId) =>
    uploadCaseDocument(actor, {
      caseId: checkedId,
      contentType: request.headers.get("content-type"),
      declaredLength: declared === null ? null : Number(declared),
      body: request.body,
    }),
  );
  if (result.ok) revalidatePath(`/cases/${caseId}`, "layout");
  return Response.json(result, { status: statusOf(result), headers: { "Cache-Control": "no-store" } });
}

function statusOf(result: ActionResult<{ documentId: string }>): number {
  if (result.ok) return 200;
  if ("fieldErrors" in result) return result.fieldErrors.file === "documentTooLarge" ? 413 : 422;
  if ("conflict" in result) return 409;
  if (result.error === "invalidInput") return 400;
  return result.error === "notFound" ? 404 : 409;
}
