-- CreateEnum
CREATE TYPE "ChildWellbeing" AS ENUM ('GOOD', 'FAIR', 'POOR');

-- CreateEnum
CREATE TYPE "SchoolAttendance" AS ENUM ('REGULAR', 'IRREGULAR', 'NOT_ATTENDING', 'NOT_APPLICABLE');

-- CreateTable
CREATE TABLE "FosterVisitChild" (
    "id" UUID NOT NULL,
    "visitId" UUID NOT NULL,
    "placementId" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "seen" BOOLEAN NOT NULL,
    "seenAlone" BOOLEAN NOT NULL DEFAULT false,
    "wellbeing" "ChildWellbeing",
    "schoolAttendance" "SchoolAttendance" NOT NULL,
    "childViews" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FosterVisitChild_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FosterVisitChild_caseId_seen_idx" ON "FosterVisitChild"("caseId", "seen");

-- CreateIndex
CREATE INDEX "FosterVisitChild_placementId_idx" ON "FosterVisitChild"("placementId");

-- CreateIndex
CREATE UNIQUE INDEX "FosterVisitChild_visitId_placementId_key" ON "FosterVisitChild"("visitId", "placementId");

-- AddForeignKey
ALTER TABLE "FosterVisitChild" ADD CONSTRAINT "FosterVisitChild_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "FosterFamilyVisit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FosterVisitChild" ADD CONSTRAINT "FosterVisitChild_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FosterVisitChild" ADD CONSTRAINT "FosterVisitChild_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Hand-written (docs/adr/0025-foster-visit-follow-up.md): what is recorded for a child not seen,
-- and that the row belongs to a child placed in the visited family on the visit's date.
ALTER TABLE "FosterVisitChild"
  ADD CONSTRAINT "FosterVisitChild_unseen_has_no_observation"
    CHECK ("seen" OR (NOT "seenAlone" AND "wellbeing" IS NULL AND "childViews" IS NULL)),
  ADD CONSTRAINT "FosterVisitChild_seen_has_wellbeing" CHECK (NOT "seen" OR "wellbeing" IS NOT NULL),
  ADD CONSTRAINT "FosterVisitChild_views_not_blank" CHECK ("childViews" IS NULL OR btrim("childViews") <> '');

CREATE FUNCTION foster_visit_child_placed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (
    SELECT 1
    FROM "Placement" p
    JOIN "FosterFamilyVisit" v ON v."id" = NEW."visitId"
    WHERE p."id" = NEW."placementId"
      AND p."caseId" = NEW."caseId"
      AND p."fosterFamilyId" = v."fosterFamilyId"
      AND p."startDate" <= v."date"
      AND (p."endDate" IS NULL OR v."date" < p."endDate")
  ) THEN
    RAISE EXCEPTION 'FosterVisitChild: the child was not placed in the visited family on the visit date'
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "FosterVisitChild_placed"
  BEFORE INSERT OR UPDATE ON "FosterVisitChild"
  FOR EACH ROW EXECUTE FUNCTION foster_visit_child_placed();
