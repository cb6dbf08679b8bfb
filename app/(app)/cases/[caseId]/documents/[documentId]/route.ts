import { requireActor } from "@/lib/auth/session";
import { getCaseDocument } from "@/lib/documents/get-case-document";
import { NotFoundError } from "@/lib/errors";
import { notFoundPage } from "@/lib/http/not-found-page";
import { currentLocale } from "@/lib/i18n/current-locale";

/**
 * A document's bytes: shown in the browser (PDF and images), or downloaded with `?download=1`.
 * Same rule as the case pages: out of scope or unknown → 404; every read is access-logged (in
 * getCaseDocument). The type is the one detected from the bytes at upload, with nosniff, and
 * never cached.
 */
export async function GET(request: Request, { params }: RouteContext<"/cases/[caseId]/documents/[documentId]">) {
  const actor = await requireActor();
  const { caseId, documentId } = await params;
  try {
    const document = await getCaseDocument(actor, caseId, documentId);
    const disposition = new URL(request.url).searchParams.get("download") === "1" ? "attachment" : "inline";
    return new Response(new Uint8Array(document.bytes), {
      headers: {
        "Content-Type": document.mimeType,
        "Content-Disposition": `${disposition}; filename="${document.fileName}"`,
        "Content-Length": String(document.bytes.length),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    return notFoundPage(await currentLocale());
  }
}
