import { getActor } from "@/lib/auth/session";
import { getCasePhoto } from "@/lib/cases/get-case-photo";
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
