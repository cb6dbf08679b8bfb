-- CreateEnum
CREATE TYPE "CaseDocumentType" AS ENUM ('CONSENT_FORM', 'BIRTH_CERTIFICATE', 'LAISSEZ_PASSER', 'MEDICAL_REPORT', 'SCHOOL_RECORD', 'OTHER');

-- CreateTable
CREATE TABLE "CaseDocument" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "type" "CaseDocumentType" NOT NULL,
    "documentDate" DATE NOT NULL,
    "note" TEXT,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CaseDocument_storageKey_key" ON "CaseDocument"("storageKey");

-- CreateIndex
CREATE INDEX "CaseDocument_caseId_documentDate_idx" ON "CaseDocument"("caseId", "documentDate");

-- AddForeignKey
ALTER TABLE "CaseDocument" ADD CONSTRAINT "CaseDocument_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseDocument" ADD CONSTRAINT "CaseDocument_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: the limits the upload checks, held by the database too (docs/adr/0026-case-documents.md).
-- 10485760 = MAX_DOCUMENT_BYTES in lib/documents/document-limits.ts; the file name is random hex and
-- its extension follows the detected type.
ALTER TABLE "CaseDocument"
  ADD CONSTRAINT "CaseDocument_size_range" CHECK ("sizeBytes" > 0 AND "sizeBytes" <= 10485760),
  ADD CONSTRAINT "CaseDocument_mime_allowed" CHECK ("mimeType" IN ('application/pdf', 'image/jpeg', 'image/png')),
  ADD CONSTRAINT "CaseDocument_sha256_hex" CHECK ("sha256" ~ '^[0-9a-f]{64}$'),
  ADD CONSTRAINT "CaseDocument_storage_key_format" CHECK (
    "storageKey" ~ '^[0-9a-f]{32}\.(pdf|jpg|png)$'
    AND right("storageKey", 3) = CASE "mimeType" WHEN 'application/pdf' THEN 'pdf' WHEN 'image/jpeg' THEN 'jpg' ELSE 'png' END
  ),
  ADD CONSTRAINT "CaseDocument_note_length" CHECK ("note" IS NULL OR char_length("note") BETWEEN 1 AND 1000);
