-- CreateEnum
CREATE TYPE "AccountTokenPurpose" AS ENUM ('ACTIVATION', 'RESET');

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "country" CHAR(2) NOT NULL DEFAULT 'MR';

-- AlterTable
ALTER TABLE "Centre" ADD COLUMN     "active" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "country" CHAR(2) NOT NULL DEFAULT 'MR',
ADD COLUMN     "region" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "lastSignInAt" TIMESTAMPTZ(3),
ADD COLUMN     "preferredLocale" TEXT,
ADD COLUMN     "totpEnabledAt" TIMESTAMPTZ(3),
ADD COLUMN     "totpSecret" TEXT,
ALTER COLUMN "passwordHash" DROP NOT NULL;

-- AlterTable
ALTER TABLE "CaseAccessLog" ADD COLUMN     "documentId" UUID,
ADD COLUMN     "view" TEXT NOT NULL DEFAULT 'overview';

-- CreateTable
CREATE TABLE "CentreCapacityChange" (
    "id" BIGSERIAL NOT NULL,
    "centreId" UUID NOT NULL,
    "fromCapacity" INTEGER NOT NULL,
    "toCapacity" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "changedById" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CentreCapacityChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccountToken" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "purpose" "AccountTokenPurpose" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "issuedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccountToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecoveryCode" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "codeHash" TEXT NOT NULL,
    "usedAt" TIMESTAMPTZ(3),

    CONSTRAINT "RecoveryCode_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CentreCapacityChange_centreId_at_idx" ON "CentreCapacityChange"("centreId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "AccountToken_tokenHash_key" ON "AccountToken"("tokenHash");

-- CreateIndex
CREATE INDEX "AccountToken_userId_createdAt_idx" ON "AccountToken"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "RecoveryCode_userId_idx" ON "RecoveryCode"("userId");

-- AddForeignKey
ALTER TABLE "CentreCapacityChange" ADD CONSTRAINT "CentreCapacityChange_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CentreCapacityChange" ADD CONSTRAINT "CentreCapacityChange_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountToken" ADD CONSTRAINT "AccountToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountToken" ADD CONSTRAINT "AccountToken_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecoveryCode" ADD CONSTRAINT "RecoveryCode_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Rules the database keeps whatever code path writes (docs/domain.md, "Administration").
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_country_iso" CHECK ("country" ~ '^[A-Z]{2}$');
ALTER TABLE "Centre" ADD CONSTRAINT "Centre_country_iso" CHECK ("country" ~ '^[A-Z]{2}$');
ALTER TABLE "User" ADD CONSTRAINT "User_preferredLocale_known" CHECK ("preferredLocale" IS NULL OR "preferredLocale" IN ('fr', 'en', 'ar'));
ALTER TABLE "User" ADD CONSTRAINT "User_totp_enabled_with_secret" CHECK (("totpSecret" IS NULL) = ("totpEnabledAt" IS NULL));
ALTER TABLE "AccountToken" ADD CONSTRAINT "AccountToken_used_before_expiry" CHECK ("usedAt" IS NULL OR "usedAt" <= "expiresAt");
ALTER TABLE "CentreCapacityChange" ADD CONSTRAINT "CentreCapacityChange_positive" CHECK ("fromCapacity" >= 0 AND "toCapacity" >= 0 AND "fromCapacity" <> "toCapacity");
ALTER TABLE "CentreCapacityChange" ADD CONSTRAINT "CentreCapacityChange_reason_given" CHECK (length(btrim("reason")) > 0);
ALTER TABLE "CaseAccessLog" ADD CONSTRAINT "CaseAccessLog_document_view" CHECK (("view" = 'document') = ("documentId" IS NOT NULL));

CREATE TRIGGER "CentreCapacityChange_append_only"
  BEFORE UPDATE OR DELETE ON "CentreCapacityChange"
  FOR EACH ROW EXECUTE FUNCTION reject_append_only_change();
CREATE TRIGGER "CentreCapacityChange_no_truncate"
  BEFORE TRUNCATE ON "CentreCapacityChange"
  FOR EACH STATEMENT EXECUTE FUNCTION reject_append_only_change();

-- A second factor turned on or off, by its owner or reset by an administrator, ends the other
-- sessions of the user like a password change does (docs/adr/0016-session-revocation.md).
CREATE OR REPLACE FUNCTION user_bump_session_version() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."role" IS DISTINCT FROM OLD."role"
     OR NEW."organisationId" IS DISTINCT FROM OLD."organisationId"
     OR NEW."active" IS DISTINCT FROM OLD."active"
     OR NEW."passwordHash" IS DISTINCT FROM OLD."passwordHash"
     OR NEW."totpSecret" IS DISTINCT FROM OLD."totpSecret" THEN
    -- GREATEST: a statement that also raises the version itself is not undone.
    NEW."sessionVersion" := GREATEST(NEW."sessionVersion", OLD."sessionVersion" + 1);
  END IF;
  RETURN NEW;
END;
$$;
