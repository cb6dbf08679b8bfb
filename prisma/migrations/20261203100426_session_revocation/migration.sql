-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "RevokedSession" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RevokedSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RevokedSession_userId_idx" ON "RevokedSession"("userId");

-- CreateIndex
CREATE INDEX "RevokedSession_expiresAt_idx" ON "RevokedSession"("expiresAt");

-- AddForeignKey
ALTER TABLE "RevokedSession" ADD CONSTRAINT "RevokedSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Session revocation (docs/adr/0016-session-revocation.md): a change to what a user may do or
-- how they prove who they are ends their open sessions on their next request, whatever code
-- path made the change.
CREATE FUNCTION user_bump_session_version() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."role" IS DISTINCT FROM OLD."role"
     OR NEW."organisationId" IS DISTINCT FROM OLD."organisationId"
     OR NEW."active" IS DISTINCT FROM OLD."active"
     OR NEW."passwordHash" IS DISTINCT FROM OLD."passwordHash" THEN
    -- GREATEST: a statement that also raises the version itself is not undone.
    NEW."sessionVersion" := GREATEST(NEW."sessionVersion", OLD."sessionVersion" + 1);
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "User_bump_session_version"
  BEFORE UPDATE ON "User"
  FOR EACH ROW EXECUTE FUNCTION user_bump_session_version();

CREATE FUNCTION user_centre_bump_session_version() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE "User" SET "sessionVersion" = "sessionVersion" + 1 WHERE "id" = NEW."userId";
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE "User" SET "sessionVersion" = "sessionVersion" + 1 WHERE "id" = OLD."userId";
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "UserCentre_bump_session_version"
  AFTER INSERT OR UPDATE OR DELETE ON "UserCentre"
  FOR EACH ROW EXECUTE FUNCTION user_centre_bump_session_version();
