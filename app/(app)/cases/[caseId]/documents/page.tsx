import { cardClass } from "@/components/ui/card";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { CaseShell } from "@/components/case/case-shell";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/session";
import { getCase } from "@/lib/cases/get-case";
import { kindOfMimeType } from "@/lib/documents/document-kind";
import { listCaseDocuments } from "@/lib/documents/list-case-documents";
import { orNotFound } from "@/lib/or-not-found";
import { DocumentUploadForm } from "./document-upload-form";
import { RemoveDocumentButton } from "./remove-document-button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("documents");
  return { title: t("title") };
}

const MB = 1024 * 1024;

export default async function CaseDocumentsPage({ params, searchParams }: PageProps<"/cases/[caseId]/documents">) {
  const actor = await requireActor();
  const { caseId } = await params;
  const { page } = await searchParams;
  // Reading the case writes the access-log row.
  const child = await orNotFound(getCase(actor, caseId, "documents"));
  const [documents, t, format] = await Promise.all([
    orNotFound(listCaseDocuments(actor, caseId, { page: typeof page === "string" ? Number(page) : 1 })),
    getTranslations("documents"),
    getFormatter(),
  ]);
  const size = (bytes: number) =>
    bytes < MB
      ? t("sizeKb", { size: format.number(Math.max(1, Math.round(bytes / 1024))) })
      : t("sizeMb", { size: format.number(bytes / MB, { maximumFractionDigits: 1 }) });
  const base = `/cases/${child.id}/documents`;

  return (
    <CaseShell child={child} active="documents">
      <section aria-labelledby="documents-title" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="documents-title" className="text-lg font-semibold">
            {t("listTitle")}
          </h2>
          <span className="text-sm text-slate-600" data-testid="document-count">
            {t("count", { count: documents.total })}
          </span>
        </div>
        <p className="text-xs text-slate-600">{t("accessLogged")}</p>
        {documents.items.length === 0 ? (
          <p className="rounded border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600" data-testid="documents-empty">
            {t("empty")}
          </p>
        ) : (
          <ul className="space-y-2" data-testid="document-list">
            {documents.items.map((document) => {
              const type = t(`types.${document.type}`);
              const href = `${base}/${document.id}`;
              return (
                <li key={document.id} className={cardClass("p-4")} data-testid="document-item">
                  <div className="flex flex-wrap items-start justify-between gap-3">
                    <div className="min-w-0 space-y-1">
                      <p className="font-semibold">
                        {type}
                        <span className="ms-2 font-normal text-slate-700">
                          {format.dateTime(document.documentDate, "date")}
                        </span>
                      </p>
                      {document.note && (
                        <p className="whitespace-pre-line break-words text-sm" dir="auto">
                          {document.note}
                        </p>
                      )}
                      <p className="text-xs text-slate-600">
                        {t("addedBy", { name: document.uploadedByName, date: format.dateTime(document.createdAt, "dateTime") })}
                        {/* Isolated, so that "PDF · 1 KB" keeps its order inside Arabic text. */}
                        {" · "}
                        <bdi>{t(`kinds.${kindOfMimeType(document.mimeType)?.ext ?? "pdf"}`)}</bdi>
                        {" · "}
                        <bdi>{size(document.sizeBytes)}</bdi>
                      </p>
                    </div>
                    <div className="flex flex-wrap gap-2">
                      {/* The bytes, not pages: plain links (the route checks the scope and logs each read). */}
                      <a href={href} target="_blank" rel="noopener" aria-label={t("openLabel", { type })} className={buttonClass("secondary", "sm")}>
                        {t("open")}
                      </a>
                      <a href={`${href}?download=1`} download aria-label={t("downloadLabel", { type })} className={buttonClass("secondary", "sm")}>
                        {t("download")}
                      </a>
                      {child.viewer.canEdit && <RemoveDocumentButton caseId={child.id} documentId={document.id} type={type} />}
                    </div>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
        <Pagination page={documents.page} pageCount={documents.pageCount} basePath={base} />
      </section>

      {child.viewer.canEdit && (
        <Card title={t("addTitle")} labelledBy="add-document-title">
          <DocumentUploadForm caseId={child.id} />
        </Card>
      )}
    </CaseShell>
  );
}
