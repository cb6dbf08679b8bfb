-- Caseload search by a partial case number ("0008", "2026-8", "ndb-8"): the sequence, with or
-- without its year, whatever the centre (lib/cases/case-number.ts parseCaseNumberQuery).
-- CreateIndex
CREATE INDEX "Case_caseSequence_caseYear_idx" ON "Case"("caseSequence", "caseYear");
