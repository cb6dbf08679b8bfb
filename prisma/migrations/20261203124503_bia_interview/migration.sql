-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "interpreterName" TEXT,
ADD COLUMN     "interpreterUsed" BOOLEAN,
ADD COLUMN     "interviewDate" DATE,
ADD COLUMN     "interviewLanguage" TEXT;


-- The interpreter's name is recorded only when an interpreter was used; the language is one of the
-- app's language codes (lib/reference/languages.ts).
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_interpreterName_check"
  CHECK ("interpreterName" IS NULL OR "interpreterUsed" IS TRUE);
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_interviewLanguage_check"
  CHECK ("interviewLanguage" IS NULL OR "interviewLanguage" IN ('ar', 'mey', 'fr', 'ff', 'snk', 'wo', 'bm', 'en', 'mnk', 'kri', 'srr', 'pt', 'other'));
