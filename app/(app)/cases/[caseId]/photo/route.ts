import { revalidatePath } from "next/cache";
import { param, runAction, type ActionResult, type WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { changeCasePhoto } from "@/lib/cases/change-case-photo";
import { getCasePhoto } from "@/lib/cases/get-case-photo";
import { uploadCasePhoto } from "@/lib/cases/upload-case-photo";
import { NotFoundError } from "@/lib/errors";

/** The child's photo, only for a signed-in user whose scope includes the case; never cached. */
export async function GET(_request: Request, { params }: RouteContext<"/cases/[caseId]/photo">) {
  const actor = await getActor();
  const { caseId } = await params;
  if (!actor) return new Response("Not found", { status: 404 });
  try {
    const photo = await getCasePhoto(actor, caseId);
    return new Response(new Uint8Array(photo.bytes), {
      headers: { "Content-Type": photo.type, "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response("Not found", { status: 404 });
    throw error;
  }
}

/**
 * Replaces the photo with the request's raw body (`?version=` is the case version the user read).
 * A route handler rather than a server action: those stop at 1 MB, and raising that limit would
 * raise it for every action (docs/adr/0018-security-headers.md). Answers the server actions' result shape.
 */
export async function PUT(request: Request, { params }: RouteContext<"/cases/[caseId]/photo">) {
  const { caseId } = await params;
  const declared = request.headers.get("content-length");
  return photoWrite(request, caseId, (actor, version) =>
    uploadCasePhoto(actor, { caseId, version, declaredLength: declared === null ? null : Number(declared), body: request.body }),
  );
}

/** Removes the photo. */
export async function DELETE(request: Request, { params }: RouteContext<"/cases/[caseId]/photo">) {
  const { caseId } = await params;
  return photoWrite(request, caseId, (actor, version) => changeCasePhoto(actor, { caseId, version, bytes: null }));
}

type Write = (actor: Actor, version: number) => Promise<WriteResult<{ version: number }>>;

async function photoWrite(request: Request, caseId: string, write: Write): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 401 });
  const given = new URL(request.url).searchParams.get("version");
  const version = given ? Number(given) : Number.NaN;
  if (!Number.isInteger(version) || version < 0) return Response.json({ ok: false, fieldErrors: { photo: "invalid" } }, { status: 400 });
  const result: ActionResult<{ version: number }> = await runAction([caseId, version], [param.id, param.version], (_id, checkedVersion) => write(actor, checkedVersion));
  if (result.ok) revalidatePath(`/cases/${caseId}`, "layout");
  return Response.json(result, { status: statusOf(result), headers: { "Cache-Control": "no-store" } });
}

function statusOf(result: ActionResult<{ version: number }>): number {
  if (result.ok) return 200;
  if ("fieldErrors" in result) return result.fieldErrors.photo === "photoTooLarge" ? 413 : 422;
  if ("conflict" in result) return 409;
  if (result.error === "invalidInput") return 400;
  return result.error === "notFound" ? 404 : 409;
}
