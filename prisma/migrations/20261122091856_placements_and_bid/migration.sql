-- CreateEnum
CREATE TYPE "PlacementType" AS ENUM ('CPISE_RESIDENTIAL', 'FOSTER_FAMILY', 'KINSHIP_CARE', 'SUPERVISED_INDEPENDENT_LIVING', 'OTHER_SHELTER');

-- CreateEnum
CREATE TYPE "PlacementEndReason" AS ENUM ('REUNIFIED', 'MOVED_TO_FOSTER_FAMILY', 'MOVED_OTHER_PLACEMENT', 'RAN_AWAY', 'TRANSFERRED', 'TURNED_18', 'OTHER');

-- CreateEnum
CREATE TYPE "FosterVettingStatus" AS ENUM ('APPLIED', 'ASSESSED', 'APPROVED', 'SUSPENDED');

-- CreateEnum
CREATE TYPE "BidReferralStatus" AS ENUM ('QUEUED', 'SCHEDULED', 'DECIDED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "PanelRole" AS ENUM ('CHAIR', 'MEMBER', 'SECRETARY', 'OBSERVER');

-- CreateEnum
CREATE TYPE "BidSessionStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'HELD', 'POSTPONED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "BidOutcome" AS ENUM ('RETURN_REUNIFICATION_ORIGIN', 'REUNIFICATION_THIRD_COUNTRY', 'LOCAL_INTEGRATION', 'RESETTLEMENT', 'SEPARATION_FROM_PARENTS', 'TEMPORARY_CARE');

-- CreateEnum
CREATE TYPE "BidVoteChoice" AS ENUM ('FOR', 'AGAINST', 'ABSTAIN');

-- CreateEnum
CREATE TYPE "BidDecisionKind" AS ENUM ('INITIAL', 'REVIEW', 'REOPENING');

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "implementationDueAt" TIMESTAMPTZ(3),
ADD COLUMN     "reviewDueAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "Placement" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "type" "PlacementType" NOT NULL,
    "centreId" UUID,
    "fosterFamilyId" UUID,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "endReason" "PlacementEndReason",
    "endNotes" TEXT,
    "notes" TEXT,
    "caregiverName" TEXT,
    "caregiverRelationship" TEXT,
    "placeName" TEXT,
    "address" TEXT,
    "contactPhone" TEXT,
    "capacityOverrideReason" TEXT,
    "decidedById" UUID,
    "bidDecisionId" UUID,
    "previousPlacementId" UUID,
    "reviewFlaggedAt" TIMESTAMPTZ(3),
    "reviewReason" TEXT,
    "createdById" UUID NOT NULL,
    "endedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Placement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FosterFamily" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "householdName" TEXT NOT NULL,
    "location" TEXT NOT NULL,
    "address" TEXT,
    "languages" TEXT[],
    "capacity" INTEGER NOT NULL,
    "contactName" TEXT NOT NULL,
    "contactPhone" TEXT NOT NULL,
    "vettingStatus" "FosterVettingStatus" NOT NULL DEFAULT 'APPLIED',
    "approvedAt" DATE,
    "suspendedAt" TIMESTAMPTZ(3),
    "suspensionReason" TEXT,
    "nextVisitDueAt" DATE,
    "notes" TEXT,
    "createdById" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "FosterFamily_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FosterFamilyVisit" (
    "id" UUID NOT NULL,
    "fosterFamilyId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "visitedById" UUID NOT NULL,
    "visitors" TEXT,
    "observations" TEXT NOT NULL,
    "concerns" TEXT,
    "suspendedFamily" BOOLEAN NOT NULL DEFAULT false,
    "nextVisitDueAt" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FosterFamilyVisit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BidReferral" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "status" "BidReferralStatus" NOT NULL DEFAULT 'QUEUED',
    "reason" TEXT NOT NULL,
    "familyTracingResult" TEXT,
    "referredById" UUID NOT NULL,
    "referredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "BidReferral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PanelMember" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "expertise" TEXT NOT NULL,
    "defaultRole" "PanelRole" NOT NULL DEFAULT 'MEMBER',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "undertakingSignedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PanelMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BidSession" (
    "id" UUID NOT NULL,
    "scheduledAt" TIMESTAMPTZ(3) NOT NULL,
    "venue" TEXT,
    "remoteLink" TEXT,
    "chairId" UUID NOT NULL,
    "status" "BidSessionStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMPTZ(3),
    "heldAt" TIMESTAMPTZ(3),
    "statusReason" TEXT,
    "notes" TEXT,
    "createdById" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "BidSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BidSessionMember" (
    "sessionId" UUID NOT NULL,
    "panelMemberId" UUID NOT NULL,
    "role" "PanelRole" NOT NULL,
    "attended" BOOLEAN,
    "invitedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BidSessionMember_pkey" PRIMARY KEY ("sessionId","panelMemberId")
);

-- CreateTable
CREATE TABLE "BidAgendaItem" (
    "id" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "referralId" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "presenterId" UUID,
    "accessUntil" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BidAgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BidConflictDeclaration" (
    "agendaItemId" UUID NOT NULL,
    "panelMemberId" UUID NOT NULL,
    "hasConflict" BOOLEAN NOT NULL,
    "note" TEXT,
    "declaredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BidConflictDeclaration_pkey" PRIMARY KEY ("agendaItemId","panelMemberId")
);

-- CreateTable
CREATE TABLE "BidDecision" (
    "id" UUID NOT NULL,
    "agendaItemId" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "kind" "BidDecisionKind" NOT NULL DEFAULT 'INITIAL',
    "supersedesId" UUID,
    "supersedeReason" TEXT,
    "supersededAt" TIMESTAMPTZ(3),
    "optionsConsidered" JSONB NOT NULL DEFAULT '[]',
    "childViewsHeard" TEXT NOT NULL DEFAULT '',
    "outcome" "BidOutcome",
    "reasons" TEXT NOT NULL DEFAULT '',
    "conditions" TEXT,
    "implementationPlan" TEXT NOT NULL DEFAULT '',
    "implementationOrgId" UUID,
    "implementationDeadline" DATE,
    "reviewDate" DATE,
    "recordedById" UUID NOT NULL,
    "signedById" UUID,
    "signedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "BidDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BidVote" (
    "decisionId" UUID NOT NULL,
    "panelMemberId" UUID NOT NULL,
    "choice" "BidVoteChoice" NOT NULL,
    "dissentingOpinion" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BidVote_pkey" PRIMARY KEY ("decisionId","panelMemberId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Placement_previousPlacementId_key" ON "Placement"("previousPlacementId");

-- CreateIndex
CREATE INDEX "Placement_caseId_startDate_idx" ON "Placement"("caseId", "startDate");

-- CreateIndex
CREATE INDEX "Placement_centreId_startDate_idx" ON "Placement"("centreId", "startDate");

-- CreateIndex
CREATE INDEX "Placement_centreId_endDate_idx" ON "Placement"("centreId", "endDate");

-- CreateIndex
CREATE INDEX "Placement_fosterFamilyId_startDate_idx" ON "Placement"("fosterFamilyId", "startDate");

-- CreateIndex
CREATE INDEX "Placement_type_startDate_idx" ON "Placement"("type", "startDate");

-- CreateIndex
CREATE INDEX "FosterFamily_organisationId_householdName_idx" ON "FosterFamily"("organisationId", "householdName");

-- CreateIndex
CREATE INDEX "FosterFamily_vettingStatus_idx" ON "FosterFamily"("vettingStatus");

-- CreateIndex
CREATE INDEX "FosterFamily_nextVisitDueAt_idx" ON "FosterFamily"("nextVisitDueAt");

-- CreateIndex
CREATE INDEX "FosterFamilyVisit_fosterFamilyId_date_idx" ON "FosterFamilyVisit"("fosterFamilyId", "date");

-- CreateIndex
CREATE INDEX "BidReferral_caseId_referredAt_idx" ON "BidReferral"("caseId", "referredAt");

-- CreateIndex
CREATE INDEX "BidReferral_status_referredAt_idx" ON "BidReferral"("status", "referredAt");

-- CreateIndex
CREATE UNIQUE INDEX "PanelMember_userId_key" ON "PanelMember"("userId");

-- CreateIndex
CREATE INDEX "BidSession_scheduledAt_idx" ON "BidSession"("scheduledAt");

-- CreateIndex
CREATE INDEX "BidSession_status_scheduledAt_idx" ON "BidSession"("status", "scheduledAt");

-- CreateIndex
CREATE INDEX "BidSessionMember_panelMemberId_idx" ON "BidSessionMember"("panelMemberId");

-- CreateIndex
CREATE INDEX "BidAgendaItem_caseId_idx" ON "BidAgendaItem"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "BidAgendaItem_sessionId_referralId_key" ON "BidAgendaItem"("sessionId", "referralId");

-- CreateIndex
CREATE INDEX "BidConflictDeclaration_panelMemberId_idx" ON "BidConflictDeclaration"("panelMemberId");

-- CreateIndex
CREATE UNIQUE INDEX "BidDecision_supersedesId_key" ON "BidDecision"("supersedesId");

-- CreateIndex
CREATE INDEX "BidDecision_caseId_createdAt_idx" ON "BidDecision"("caseId", "createdAt");

-- CreateIndex
CREATE INDEX "BidDecision_sessionId_idx" ON "BidDecision"("sessionId");

-- CreateIndex
CREATE INDEX "BidDecision_signedAt_idx" ON "BidDecision"("signedAt");

-- CreateIndex
CREATE INDEX "BidDecision_outcome_idx" ON "BidDecision"("outcome");

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_fosterFamilyId_fkey" FOREIGN KEY ("fosterFamilyId") REFERENCES "FosterFamily"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_bidDecisionId_fkey" FOREIGN KEY ("bidDecisionId") REFERENCES "BidDecision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_previousPlacementId_fkey" FOREIGN KEY ("previousPlacementId") REFERENCES "Placement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_endedById_fkey" FOREIGN KEY ("endedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FosterFamily" ADD CONSTRAINT "FosterFamily_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FosterFamily" ADD CONSTRAINT "FosterFamily_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FosterFamilyVisit" ADD CONSTRAINT "FosterFamilyVisit_fosterFamilyId_fkey" FOREIGN KEY ("fosterFamilyId") REFERENCES "FosterFamily"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FosterFamilyVisit" ADD CONSTRAINT "FosterFamilyVisit_visitedById_fkey" FOREIGN KEY ("visitedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidReferral" ADD CONSTRAINT "BidReferral_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidReferral" ADD CONSTRAINT "BidReferral_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidReferral" ADD CONSTRAINT "BidReferral_referredById_fkey" FOREIGN KEY ("referredById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PanelMember" ADD CONSTRAINT "PanelMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidSession" ADD CONSTRAINT "BidSession_chairId_fkey" FOREIGN KEY ("chairId") REFERENCES "PanelMember"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidSession" ADD CONSTRAINT "BidSession_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidSessionMember" ADD CONSTRAINT "BidSessionMember_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "BidSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidSessionMember" ADD CONSTRAINT "BidSessionMember_panelMemberId_fkey" FOREIGN KEY ("panelMemberId") REFERENCES "PanelMember"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidAgendaItem" ADD CONSTRAINT "BidAgendaItem_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "BidSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidAgendaItem" ADD CONSTRAINT "BidAgendaItem_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "BidReferral"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidAgendaItem" ADD CONSTRAINT "BidAgendaItem_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidAgendaItem" ADD CONSTRAINT "BidAgendaItem_presenterId_fkey" FOREIGN KEY ("presenterId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidConflictDeclaration" ADD CONSTRAINT "BidConflictDeclaration_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "BidAgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidConflictDeclaration" ADD CONSTRAINT "BidConflictDeclaration_panelMemberId_fkey" FOREIGN KEY ("panelMemberId") REFERENCES "PanelMember"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidDecision" ADD CONSTRAINT "BidDecision_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "BidAgendaItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidDecision" ADD CONSTRAINT "BidDecision_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "BidSession"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidDecision" ADD CONSTRAINT "BidDecision_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidDecision" ADD CONSTRAINT "BidDecision_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "BidDecision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidDecision" ADD CONSTRAINT "BidDecision_implementationOrgId_fkey" FOREIGN KEY ("implementationOrgId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidDecision" ADD CONSTRAINT "BidDecision_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidDecision" ADD CONSTRAINT "BidDecision_signedById_fkey" FOREIGN KEY ("signedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidVote" ADD CONSTRAINT "BidVote_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "BidDecision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidVote" ADD CONSTRAINT "BidVote_panelMemberId_fkey" FOREIGN KEY ("panelMemberId") REFERENCES "PanelMember"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- ─── Hand-written: what Prisma cannot express ────────────────────────────────────────────────
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Placements: one place per type, dates in order, an end reason iff ended, no overlap per child.
ALTER TABLE "Placement"
  ADD CONSTRAINT "Placement_centre_iff_residential" CHECK (("type" = 'CPISE_RESIDENTIAL') = ("centreId" IS NOT NULL)),
  ADD CONSTRAINT "Placement_family_iff_foster" CHECK (("type" = 'FOSTER_FAMILY') = ("fosterFamilyId" IS NOT NULL)),
  ADD CONSTRAINT "Placement_end_not_before_start" CHECK ("endDate" IS NULL OR "endDate" >= "startDate"),
  ADD CONSTRAINT "Placement_end_reason_iff_ended" CHECK (("endDate" IS NULL) = ("endReason" IS NULL)),
  ADD CONSTRAINT "Placement_override_reason_present" CHECK ("capacityOverrideReason" IS NULL OR length(btrim("capacityOverrideReason")) > 0),
  ADD CONSTRAINT "Placement_version_positive" CHECK ("version" > 0),
  ADD CONSTRAINT "Placement_no_overlap" EXCLUDE USING gist ("caseId" WITH =, daterange("startDate", "endDate", '[)') WITH &&);
CREATE UNIQUE INDEX "Placement_one_active_per_case" ON "Placement" ("caseId") WHERE "endDate" IS NULL;
-- Occupancy: active placements per centre / family.
CREATE INDEX "Placement_active_centre" ON "Placement" ("centreId") WHERE "endDate" IS NULL;
CREATE INDEX "Placement_active_family" ON "Placement" ("fosterFamilyId") WHERE "endDate" IS NULL;

ALTER TABLE "FosterFamily"
  ADD CONSTRAINT "FosterFamily_capacity_positive" CHECK ("capacity" > 0),
  ADD CONSTRAINT "FosterFamily_names_present" CHECK (length(btrim("householdName")) > 0 AND length(btrim("location")) > 0),
  ADD CONSTRAINT "FosterFamily_approved_has_date" CHECK ("vettingStatus" <> 'APPROVED' OR "approvedAt" IS NOT NULL),
  ADD CONSTRAINT "FosterFamily_suspended_has_reason" CHECK ("vettingStatus" <> 'SUSPENDED' OR length(btrim(coalesce("suspensionReason", ''))) > 0),
  ADD CONSTRAINT "FosterFamily_version_positive" CHECK ("version" > 0);

ALTER TABLE "FosterFamilyVisit"
  ADD CONSTRAINT "FosterFamilyVisit_observations_present" CHECK (length(btrim("observations")) > 0),
  ADD CONSTRAINT "FosterFamilyVisit_suspension_has_concern" CHECK (NOT "suspendedFamily" OR length(btrim(coalesce("concerns", ''))) > 0),
  ADD CONSTRAINT "FosterFamilyVisit_next_after_visit" CHECK ("nextVisitDueAt" IS NULL OR "nextVisitDueAt" >= "date");

-- BID referrals: one open referral per case.
CREATE UNIQUE INDEX "BidReferral_one_open_per_case" ON "BidReferral" ("caseId") WHERE "status" IN ('QUEUED', 'SCHEDULED');
ALTER TABLE "BidReferral"
  ADD CONSTRAINT "BidReferral_reason_present" CHECK (length(btrim("reason")) > 0),
  ADD CONSTRAINT "BidReferral_closed_iff_final" CHECK (("status" IN ('DECIDED', 'WITHDRAWN')) = ("closedAt" IS NOT NULL)),
  ADD CONSTRAINT "BidReferral_version_positive" CHECK ("version" > 0);

ALTER TABLE "BidSession"
  ADD CONSTRAINT "BidSession_place_present" CHECK (length(btrim(coalesce("venue", ''))) > 0 OR length(btrim(coalesce("remoteLink", ''))) > 0),
  ADD CONSTRAINT "BidSession_reason_when_called_off" CHECK ("status" NOT IN ('CANCELLED', 'POSTPONED') OR length(btrim(coalesce("statusReason", ''))) > 0),
  ADD CONSTRAINT "BidSession_published_has_date" CHECK ("status" = 'DRAFT' OR "status" IN ('CANCELLED', 'POSTPONED') OR "publishedAt" IS NOT NULL),
  ADD CONSTRAINT "BidSession_version_positive" CHECK ("version" > 0);

ALTER TABLE "BidAgendaItem"
  ADD CONSTRAINT "BidAgendaItem_position_positive" CHECK ("position" > 0);

ALTER TABLE "BidConflictDeclaration"
  ADD CONSTRAINT "BidConflictDeclaration_note_when_conflict" CHECK (NOT "hasConflict" OR length(btrim(coalesce("note", ''))) > 0);

-- One live decision per agenda item (session, case) unless superseded.
CREATE UNIQUE INDEX "BidDecision_one_live_per_agenda_item" ON "BidDecision" ("agendaItemId") WHERE "supersededAt" IS NULL;
ALTER TABLE "BidDecision"
  ADD CONSTRAINT "BidDecision_signed_complete" CHECK ("signedAt" IS NULL OR ("signedById" IS NOT NULL AND "outcome" IS NOT NULL AND length(btrim("reasons")) > 0)),
  ADD CONSTRAINT "BidDecision_supersede_reason" CHECK (("supersedesId" IS NULL) = ("kind" = 'INITIAL') AND ("supersedesId" IS NULL OR length(btrim(coalesce("supersedeReason", ''))) > 0)),
  ADD CONSTRAINT "BidDecision_not_self_superseding" CHECK ("supersedesId" IS NULL OR "supersedesId" <> "id"),
  ADD CONSTRAINT "BidDecision_version_positive" CHECK ("version" > 0);

-- A signed decision is locked: the only change allowed is marking it superseded; never deleted.
CREATE FUNCTION bid_decision_locked_when_signed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD."signedAt" IS NOT NULL THEN
      RAISE EXCEPTION 'BidDecision % is signed and cannot be deleted', OLD."id" USING ERRCODE = 'check_violation';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD."signedAt" IS NOT NULL AND (
       (to_jsonb(NEW) - 'supersededAt' - 'updatedAt') IS DISTINCT FROM (to_jsonb(OLD) - 'supersededAt' - 'updatedAt')
       OR OLD."supersededAt" IS NOT NULL) THEN
    RAISE EXCEPTION 'BidDecision % is signed and cannot be changed', OLD."id" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "BidDecision_locked_when_signed"
  BEFORE UPDATE OR DELETE ON "BidDecision"
  FOR EACH ROW EXECUTE FUNCTION bid_decision_locked_when_signed();

-- Votes: only by members present at the session, in a voting role (chair or member), not recused
-- for the case, and only while the decision is unsigned.
CREATE FUNCTION bid_vote_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  d RECORD;
BEGIN
  SELECT "sessionId", "agendaItemId", "signedAt" INTO d FROM "BidDecision"
    WHERE "id" = (CASE WHEN TG_OP = 'DELETE' THEN OLD."decisionId" ELSE NEW."decisionId" END);
  IF d."signedAt" IS NOT NULL THEN
    RAISE EXCEPTION 'votes of a signed decision cannot change' USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  IF NOT EXISTS (
    SELECT 1 FROM "BidSessionMember" m
    WHERE m."sessionId" = d."sessionId" AND m."panelMemberId" = NEW."panelMemberId"
      AND m."attended" IS TRUE AND m."role" IN ('CHAIR', 'MEMBER')
  ) THEN
    RAISE EXCEPTION 'only present voting members may vote' USING ERRCODE = 'check_violation';
  END IF;
  IF EXISTS (
    SELECT 1 FROM "BidConflictDeclaration" c
    WHERE c."agendaItemId" = d."agendaItemId" AND c."panelMemberId" = NEW."panelMemberId" AND c."hasConflict"
  ) THEN
    RAISE EXCEPTION 'a recused member cannot vote' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "BidVote_guard"
  BEFORE INSERT OR UPDATE OR DELETE ON "BidVote"
  FOR EACH ROW EXECUTE FUNCTION bid_vote_guard();
ALTER TABLE "BidVote"
  ADD CONSTRAINT "BidVote_dissent_present" CHECK ("dissentingOpinion" IS NULL OR length(btrim("dissentingOpinion")) > 0);
