-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "OrganisationType" AS ENUM ('MASEF', 'IOM', 'NGO', 'UN');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('SOCIAL_WORKER', 'CENTRE_SUPERVISOR', 'NATIONAL_SUPERVISOR', 'BID_COORDINATOR', 'PANEL_MEMBER', 'NGO_CASEWORKER', 'ME_OFFICER', 'ADMINISTRATOR');

-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('FEMALE', 'MALE');

-- CreateEnum
CREATE TYPE "SeparationType" AS ENUM ('UNACCOMPANIED', 'SEPARATED');

-- CreateEnum
CREATE TYPE "ReferralSource" AS ENUM ('POLICE', 'BRIGADE_DES_MINEURS', 'NGO', 'IOM', 'HOTLINE_1916', 'COMMUNITY', 'SELF', 'OTHER');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('REGISTERED', 'ASSESSMENT', 'CASE_PLAN', 'BID_PENDING', 'IMPLEMENTATION', 'FOLLOW_UP', 'CLOSED', 'TRANSFERRED', 'DUPLICATE');

-- CreateEnum
CREATE TYPE "RiskLevel" AS ENUM ('HIGH', 'MEDIUM', 'LOW', 'NONE');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "OrganisationType" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Centre" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "town" TEXT NOT NULL,
    "capacity" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Centre_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "organisationId" UUID NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "passwordHash" TEXT NOT NULL,
    "failedLoginCount" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserCentre" (
    "userId" UUID NOT NULL,
    "centreId" UUID NOT NULL,

    CONSTRAINT "UserCentre_pkey" PRIMARY KEY ("userId","centreId")
);

-- CreateTable
CREATE TABLE "Case" (
    "id" UUID NOT NULL,
    "caseNumber" TEXT NOT NULL,
    "centreId" UUID NOT NULL,
    "caseYear" INTEGER NOT NULL,
    "caseSequence" INTEGER NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "otherNames" TEXT,
    "sex" "Sex" NOT NULL,
    "dateOfBirth" DATE NOT NULL,
    "dateOfBirthEstimated" BOOLEAN NOT NULL DEFAULT false,
    "nationality" CHAR(2) NOT NULL,
    "languages" TEXT[],
    "separationType" "SeparationType" NOT NULL,
    "arrivalDate" DATE NOT NULL,
    "referralSource" "ReferralSource" NOT NULL,
    "status" "CaseStatus" NOT NULL DEFAULT 'REGISTERED',
    "riskLevel" "RiskLevel",
    "assignedWorkerId" UUID,
    "registeredById" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseNumberSequence" (
    "centreId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "CaseNumberSequence_pkey" PRIMARY KEY ("centreId","year")
);

-- CreateTable
CREATE TABLE "CaseReferral" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "consentToShare" BOOLEAN NOT NULL DEFAULT false,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseReferral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "actorId" UUID,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseAccessLog" (
    "id" BIGSERIAL NOT NULL,
    "userId" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseAccessLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "email" TEXT NOT NULL,
    "failedLoginCount" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("email")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_code_key" ON "Organisation"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Centre_code_key" ON "Centre"("code");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "UserCentre_centreId_idx" ON "UserCentre"("centreId");

-- CreateIndex
CREATE UNIQUE INDEX "Case_caseNumber_key" ON "Case"("caseNumber");

-- CreateIndex
CREATE INDEX "Case_centreId_createdAt_idx" ON "Case"("centreId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Case_assignedWorkerId_createdAt_idx" ON "Case"("assignedWorkerId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Case_registeredById_createdAt_idx" ON "Case"("registeredById", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Case_status_createdAt_idx" ON "Case"("status", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Case_createdAt_idx" ON "Case"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Case_centreId_caseYear_caseSequence_key" ON "Case"("centreId", "caseYear", "caseSequence");

-- CreateIndex
CREATE INDEX "CaseReferral_organisationId_idx" ON "CaseReferral"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "CaseReferral_caseId_organisationId_key" ON "CaseReferral"("caseId", "organisationId");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_at_idx" ON "AuditEvent"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_idx" ON "AuditEvent"("actorId", "at");

-- CreateIndex
CREATE INDEX "CaseAccessLog_caseId_at_idx" ON "CaseAccessLog"("caseId", "at");

-- CreateIndex
CREATE INDEX "CaseAccessLog_userId_at_idx" ON "CaseAccessLog"("userId", "at");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserCentre" ADD CONSTRAINT "UserCentre_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserCentre" ADD CONSTRAINT "UserCentre_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_assignedWorkerId_fkey" FOREIGN KEY ("assignedWorkerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_registeredById_fkey" FOREIGN KEY ("registeredById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseNumberSequence" ADD CONSTRAINT "CaseNumberSequence_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseReferral" ADD CONSTRAINT "CaseReferral_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseReferral" ADD CONSTRAINT "CaseReferral_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseReferral" ADD CONSTRAINT "CaseReferral_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseAccessLog" ADD CONSTRAINT "CaseAccessLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseAccessLog" ADD CONSTRAINT "CaseAccessLog_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- ---------------------------------------------------------------------------
-- Hand-written: what Prisma cannot express.
-- ---------------------------------------------------------------------------

-- CHECK constraints: the database refuses states the application must never create.
ALTER TABLE "Centre"
  ADD CONSTRAINT "Centre_code_format" CHECK ("code" ~ '^[A-Z]{3}$'),
  ADD CONSTRAINT "Centre_capacity_nonnegative" CHECK ("capacity" >= 0);

ALTER TABLE "User"
  ADD CONSTRAINT "User_email_lowercase" CHECK ("email" = lower("email") AND position('@' in "email") > 1),
  ADD CONSTRAINT "User_failed_login_nonnegative" CHECK ("failedLoginCount" >= 0);

ALTER TABLE "LoginThrottle"
  ADD CONSTRAINT "LoginThrottle_email_lowercase" CHECK ("email" = lower("email")),
  ADD CONSTRAINT "LoginThrottle_failed_login_nonnegative" CHECK ("failedLoginCount" >= 0);

ALTER TABLE "Case"
  ADD CONSTRAINT "Case_names_present" CHECK (length(btrim("firstName")) > 0 AND length(btrim("lastName")) > 0),
  ADD CONSTRAINT "Case_nationality_format" CHECK ("nationality" ~ '^[A-Z]{2}$'),
  ADD CONSTRAINT "Case_sequence_positive" CHECK ("caseSequence" > 0),
  ADD CONSTRAINT "Case_year_plausible" CHECK ("caseYear" BETWEEN 2000 AND 2200),
  ADD CONSTRAINT "Case_version_positive" CHECK ("version" > 0),
  ADD CONSTRAINT "Case_number_format" CHECK ("caseNumber" ~ '^[A-Z]{3}-[0-9]{4}-[0-9]{4,}$'),
  ADD CONSTRAINT "Case_dob_not_after_arrival" CHECK ("dateOfBirth" <= "arrivalDate"),
  ADD CONSTRAINT "Case_languages_present" CHECK (cardinality("languages") > 0);

ALTER TABLE "CaseNumberSequence"
  ADD CONSTRAINT "CaseNumberSequence_last_positive" CHECK ("last" > 0);

-- Append-only tables: the audit trail and the case access log can be written, never changed.
CREATE FUNCTION reject_append_only_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION reject_append_only_change();
CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION reject_append_only_change();

CREATE TRIGGER "CaseAccessLog_append_only"
  BEFORE UPDATE OR DELETE ON "CaseAccessLog"
  FOR EACH ROW EXECUTE FUNCTION reject_append_only_change();
CREATE TRIGGER "CaseAccessLog_no_truncate"
  BEFORE TRUNCATE ON "CaseAccessLog"
  FOR EACH STATEMENT EXECUTE FUNCTION reject_append_only_change();
