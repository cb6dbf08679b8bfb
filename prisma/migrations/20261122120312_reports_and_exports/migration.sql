-- CreateEnum
CREATE TYPE "ExportKind" AS ENUM ('INDICATORS_XLSX', 'INDICATORS_CSV', 'CASELOAD_XLSX');

-- CreateEnum
CREATE TYPE "ExportStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED');

-- CreateTable
CREATE TABLE "ExportJob" (
    "id" UUID NOT NULL,
    "kind" "ExportKind" NOT NULL,
    "requestedById" UUID NOT NULL,
    "params" JSONB NOT NULL DEFAULT '{}',
    "status" "ExportStatus" NOT NULL DEFAULT 'QUEUED',
    "rowsDone" INTEGER NOT NULL DEFAULT 0,
    "rowsTotal" INTEGER,
    "fileName" TEXT,
    "contentType" TEXT,
    "content" BYTEA,
    "error" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ExportJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ExportJob_requestedById_createdAt_idx" ON "ExportJob"("requestedById", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "ExportJob_status_createdAt_idx" ON "ExportJob"("status", "createdAt");

-- AddForeignKey
ALTER TABLE "ExportJob" ADD CONSTRAINT "ExportJob_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Hand-written (see docs/adr/0012): what the database guards for exports.
ALTER TABLE "ExportJob"
  ADD CONSTRAINT "ExportJob_rows_check" CHECK ("rowsDone" >= 0 AND ("rowsTotal" IS NULL OR "rowsTotal" >= 0)),
  ADD CONSTRAINT "ExportJob_done_has_file_check" CHECK ("status" <> 'DONE' OR ("fileName" IS NOT NULL AND "contentType" IS NOT NULL AND "finishedAt" IS NOT NULL)),
  ADD CONSTRAINT "ExportJob_failed_has_error_check" CHECK ("status" <> 'FAILED' OR "error" IS NOT NULL),
  ADD CONSTRAINT "ExportJob_expiry_check" CHECK ("expiresAt" > "createdAt");
