-- CreateEnum
CREATE TYPE "MobilityProfile" AS ENUM ('TALIBE_MAHADRA', 'DOMESTIC_WORK', 'STREET_CONNECTED', 'IN_TRANSIT', 'OTHER');

-- CreateEnum
CREATE TYPE "ProtectionConcern" AS ENUM ('TRAFFICKING_SUSPECTED', 'EXPLOITATION', 'VIOLENCE', 'DISABILITY', 'HEALTH', 'PREGNANT');

-- CreateEnum
CREATE TYPE "ConsentGiver" AS ENUM ('CHILD', 'CAREGIVER', 'OTHER');

-- CreateEnum
CREATE TYPE "ApprovalStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "ClosureReason" AS ENUM ('REUNIFIED', 'DURABLE_SOLUTION', 'TURNED_18', 'TRANSFERRED', 'INFORMED_CHOICE', 'DEATH', 'LOST_CONTACT', 'OTHER');

-- CreateEnum
CREATE TYPE "NoteType" AS ENUM ('NOTE', 'FOLLOW_UP_VISIT', 'PHONE_CALL', 'SERVICE', 'OTHER');

-- CreateEnum
CREATE TYPE "AccessRequestStatus" AS ENUM ('PENDING', 'GRANTED', 'DENIED');

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "assessmentDueAt" TIMESTAMPTZ(3),
ADD COLUMN     "casePlanDueAt" TIMESTAMPTZ(3),
ADD COLUMN     "closedAt" TIMESTAMPTZ(3),
ADD COLUMN     "consentCaseManagement" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "consentGivenBy" "ConsentGiver",
ADD COLUMN     "consentGivenByName" TEXT,
ADD COLUMN     "consentRecordedAt" TIMESTAMPTZ(3),
ADD COLUMN     "consentReporting" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "consentTracing" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "countryOfBirth" CHAR(2),
ADD COLUMN     "disabilityDetails" TEXT,
ADD COLUMN     "documentsHeld" TEXT,
ADD COLUMN     "duplicateCheckNote" TEXT,
ADD COLUMN     "firstActionAt" TIMESTAMPTZ(3),
ADD COLUMN     "firstActionDueAt" TIMESTAMPTZ(3),
ADD COLUMN     "followUpDueAt" TIMESTAMPTZ(3),
ADD COLUMN     "informationToWithhold" TEXT,
ADD COLUMN     "journeySummary" TEXT,
ADD COLUMN     "lastEditedById" UUID,
ADD COLUMN     "mobilityProfile" "MobilityProfile",
ADD COLUMN     "nextDueAt" TIMESTAMPTZ(3),
ADD COLUMN     "photoFile" TEXT,
ADD COLUMN     "placeOfBirth" TEXT,
ADD COLUMN     "preferredLanguage" TEXT,
ADD COLUMN     "protectionConcerns" "ProtectionConcern"[],
ADD COLUMN     "religion" TEXT,
ADD COLUMN     "riskReason" TEXT,
ADD COLUMN     "riskSetAt" TIMESTAMPTZ(3),
ADD COLUMN     "separationCause" TEXT,
ADD COLUMN     "separationDate" DATE,
ADD COLUMN     "separationPlace" TEXT;

-- (moved below: consent to share now lives in CaseConsentShare, copied before the column goes)

-- CreateTable
CREATE TABLE "CaseConsentShare" (
    "caseId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseConsentShare_pkey" PRIMARY KEY ("caseId","organisationId")
);

-- CreateTable
CREATE TABLE "FamilyMember" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "relationship" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "alive" BOOLEAN,
    "lastKnownLocation" TEXT,
    "phone" TEXT,
    "inContact" BOOLEAN NOT NULL DEFAULT false,
    "willingToCare" BOOLEAN,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FamilyMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "status" "ApprovalStatus" NOT NULL DEFAULT 'DRAFT',
    "childViews" TEXT NOT NULL DEFAULT '',
    "caregiverViews" TEXT NOT NULL DEFAULT '',
    "factors" JSONB NOT NULL DEFAULT '{}',
    "options" TEXT NOT NULL DEFAULT '',
    "recommendation" TEXT NOT NULL DEFAULT '',
    "bidRequired" BOOLEAN,
    "bidReason" TEXT,
    "authorId" UUID NOT NULL,
    "submittedAt" TIMESTAMPTZ(3),
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "rejectionReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CasePlan" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "status" "ApprovalStatus" NOT NULL DEFAULT 'DRAFT',
    "authorId" UUID NOT NULL,
    "submittedAt" TIMESTAMPTZ(3),
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "rejectionReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CasePlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CasePlanGoal" (
    "id" UUID NOT NULL,
    "casePlanId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "goal" TEXT NOT NULL,
    "intervention" TEXT NOT NULL,
    "responsibleOrganisationId" UUID,
    "responsibleOther" TEXT,
    "deadline" DATE NOT NULL,
    "completedAt" TIMESTAMPTZ(3),

    CONSTRAINT "CasePlanGoal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseNote" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "type" "NoteType" NOT NULL,
    "date" DATE NOT NULL,
    "summary" TEXT NOT NULL,
    "nextVisitDate" DATE,
    "authorId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseClosure" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "status" "ApprovalStatus" NOT NULL DEFAULT 'SUBMITTED',
    "reason" "ClosureReason" NOT NULL,
    "summary" TEXT NOT NULL,
    "requestedById" UUID NOT NULL,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "rejectionReason" TEXT,

    CONSTRAINT "CaseClosure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseEvent" (
    "id" BIGSERIAL NOT NULL,
    "caseId" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "actorId" UUID,
    "data" JSONB NOT NULL DEFAULT '{}',
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseAccessRequest" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "requesterId" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "AccessRequestStatus" NOT NULL DEFAULT 'PENDING',
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseAccessRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "CaseConsentShare_organisationId_idx" ON "CaseConsentShare"("organisationId");

-- CreateIndex
CREATE INDEX "FamilyMember_caseId_idx" ON "FamilyMember"("caseId");

-- CreateIndex
CREATE INDEX "Assessment_caseId_createdAt_idx" ON "Assessment"("caseId", "createdAt");

-- CreateIndex
CREATE INDEX "Assessment_status_idx" ON "Assessment"("status");

-- CreateIndex
CREATE INDEX "CasePlan_caseId_createdAt_idx" ON "CasePlan"("caseId", "createdAt");

-- CreateIndex
CREATE INDEX "CasePlan_status_idx" ON "CasePlan"("status");

-- CreateIndex
CREATE UNIQUE INDEX "CasePlanGoal_casePlanId_position_key" ON "CasePlanGoal"("casePlanId", "position");

-- CreateIndex
CREATE INDEX "CaseNote_caseId_date_idx" ON "CaseNote"("caseId", "date");

-- CreateIndex
CREATE INDEX "CaseClosure_caseId_requestedAt_idx" ON "CaseClosure"("caseId", "requestedAt");

-- CreateIndex
CREATE INDEX "CaseClosure_status_idx" ON "CaseClosure"("status");

-- CreateIndex
CREATE INDEX "CaseEvent_caseId_at_idx" ON "CaseEvent"("caseId", "at");

-- CreateIndex
CREATE INDEX "CaseAccessRequest_caseId_status_idx" ON "CaseAccessRequest"("caseId", "status");

-- CreateIndex
CREATE INDEX "CaseAccessRequest_requesterId_status_idx" ON "CaseAccessRequest"("requesterId", "status");

-- CreateIndex
CREATE INDEX "Case_centreId_status_createdAt_idx" ON "Case"("centreId", "status", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Case_centreId_nextDueAt_idx" ON "Case"("centreId", "nextDueAt");

-- CreateIndex
CREATE INDEX "Case_assignedWorkerId_nextDueAt_idx" ON "Case"("assignedWorkerId", "nextDueAt");

-- CreateIndex
CREATE INDEX "Case_nextDueAt_idx" ON "Case"("nextDueAt");

-- CreateIndex
CREATE INDEX "Case_nationality_idx" ON "Case"("nationality");

-- CreateIndex
CREATE INDEX "Case_dateOfBirth_idx" ON "Case"("dateOfBirth");

-- CreateIndex
CREATE INDEX "Case_riskLevel_idx" ON "Case"("riskLevel");

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_lastEditedById_fkey" FOREIGN KEY ("lastEditedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseConsentShare" ADD CONSTRAINT "CaseConsentShare_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseConsentShare" ADD CONSTRAINT "CaseConsentShare_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FamilyMember" ADD CONSTRAINT "FamilyMember_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CasePlan" ADD CONSTRAINT "CasePlan_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CasePlan" ADD CONSTRAINT "CasePlan_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CasePlan" ADD CONSTRAINT "CasePlan_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CasePlanGoal" ADD CONSTRAINT "CasePlanGoal_casePlanId_fkey" FOREIGN KEY ("casePlanId") REFERENCES "CasePlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CasePlanGoal" ADD CONSTRAINT "CasePlanGoal_responsibleOrganisationId_fkey" FOREIGN KEY ("responsibleOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseNote" ADD CONSTRAINT "CaseNote_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseNote" ADD CONSTRAINT "CaseNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseClosure" ADD CONSTRAINT "CaseClosure_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseClosure" ADD CONSTRAINT "CaseClosure_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseClosure" ADD CONSTRAINT "CaseClosure_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseAccessRequest" ADD CONSTRAINT "CaseAccessRequest_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseAccessRequest" ADD CONSTRAINT "CaseAccessRequest_requesterId_fkey" FOREIGN KEY ("requesterId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseAccessRequest" ADD CONSTRAINT "CaseAccessRequest_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


ALTER TABLE "Case" ADD COLUMN "searchName" TEXT NOT NULL DEFAULT '';

-- ---------------------------------------------------------------------------
-- Hand-written: what Prisma cannot express.
-- ---------------------------------------------------------------------------

-- Consent to share, formerly a flag on the referral, becomes a consent record per organisation.
INSERT INTO "CaseConsentShare" ("caseId", "organisationId")
SELECT "caseId", "organisationId" FROM "CaseReferral" WHERE "consentToShare"
ON CONFLICT DO NOTHING;
ALTER TABLE "CaseReferral" DROP COLUMN "consentToShare";

-- A closed case has a closing date, and only a closed case has one.
UPDATE "Case" SET "closedAt" = "updatedAt" WHERE "status" = 'CLOSED' AND "closedAt" IS NULL;
ALTER TABLE "Case"
  ADD CONSTRAINT "Case_closed_iff_closedAt" CHECK (("status" = 'CLOSED') = ("closedAt" IS NOT NULL)),
  ADD CONSTRAINT "Case_birth_country_format" CHECK ("countryOfBirth" IS NULL OR "countryOfBirth" ~ '^[A-Z]{2}$'),
  ADD CONSTRAINT "Case_separation_not_after_arrival" CHECK ("separationDate" IS NULL OR "separationDate" <= "arrivalDate");

-- At most one open (draft or submitted) assessment / case plan per case, one pending closure
-- request, one pending access request per requester.
CREATE UNIQUE INDEX "Assessment_one_open_per_case" ON "Assessment" ("caseId") WHERE "status" IN ('DRAFT', 'SUBMITTED');
CREATE UNIQUE INDEX "CasePlan_one_open_per_case" ON "CasePlan" ("caseId") WHERE "status" IN ('DRAFT', 'SUBMITTED');
CREATE UNIQUE INDEX "CaseClosure_one_pending_per_case" ON "CaseClosure" ("caseId") WHERE "status" = 'SUBMITTED';
CREATE UNIQUE INDEX "CaseAccessRequest_one_pending" ON "CaseAccessRequest" ("caseId", "requesterId") WHERE "status" = 'PENDING';

-- A rejection always says why; a decision always says who and when.
ALTER TABLE "Assessment"
  ADD CONSTRAINT "Assessment_rejection_reason" CHECK ("status" <> 'REJECTED' OR length(btrim(coalesce("rejectionReason", ''))) > 0),
  ADD CONSTRAINT "Assessment_decision_recorded" CHECK ("status" NOT IN ('APPROVED', 'REJECTED') OR ("decidedById" IS NOT NULL AND "decidedAt" IS NOT NULL)),
  ADD CONSTRAINT "Assessment_version_positive" CHECK ("version" > 0);
ALTER TABLE "CasePlan"
  ADD CONSTRAINT "CasePlan_rejection_reason" CHECK ("status" <> 'REJECTED' OR length(btrim(coalesce("rejectionReason", ''))) > 0),
  ADD CONSTRAINT "CasePlan_decision_recorded" CHECK ("status" NOT IN ('APPROVED', 'REJECTED') OR ("decidedById" IS NOT NULL AND "decidedAt" IS NOT NULL)),
  ADD CONSTRAINT "CasePlan_version_positive" CHECK ("version" > 0);
ALTER TABLE "CaseClosure"
  ADD CONSTRAINT "CaseClosure_not_draft" CHECK ("status" <> 'DRAFT'),
  ADD CONSTRAINT "CaseClosure_summary_present" CHECK (length(btrim("summary")) > 0),
  ADD CONSTRAINT "CaseClosure_rejection_reason" CHECK ("status" <> 'REJECTED' OR length(btrim(coalesce("rejectionReason", ''))) > 0),
  ADD CONSTRAINT "CaseClosure_decision_recorded" CHECK ("status" NOT IN ('APPROVED', 'REJECTED') OR ("decidedById" IS NOT NULL AND "decidedAt" IS NOT NULL));
ALTER TABLE "CasePlanGoal"
  ADD CONSTRAINT "CasePlanGoal_text_present" CHECK (length(btrim("goal")) > 0 AND length(btrim("intervention")) > 0),
  ADD CONSTRAINT "CasePlanGoal_responsible_present" CHECK ("responsibleOrganisationId" IS NOT NULL OR length(btrim(coalesce("responsibleOther", ''))) > 0);
ALTER TABLE "CaseNote"
  ADD CONSTRAINT "CaseNote_summary_present" CHECK (length(btrim("summary")) > 0),
  ADD CONSTRAINT "CaseNote_next_visit_after_date" CHECK ("nextVisitDate" IS NULL OR "nextVisitDate" >= "date");
ALTER TABLE "FamilyMember"
  ADD CONSTRAINT "FamilyMember_names_present" CHECK (length(btrim("relationship")) > 0 AND length(btrim("name")) > 0);
ALTER TABLE "CaseAccessRequest"
  ADD CONSTRAINT "CaseAccessRequest_reason_present" CHECK (length(btrim("reason")) > 0);

-- The timeline is history: rows can be added, never changed.
CREATE TRIGGER "CaseEvent_append_only"
  BEFORE UPDATE OR DELETE ON "CaseEvent"
  FOR EACH ROW EXECUTE FUNCTION reject_append_only_change();
CREATE TRIGGER "CaseEvent_no_truncate"
  BEFORE TRUNCATE ON "CaseEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION reject_append_only_change();
