-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Centre" ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;


-- Rules the database keeps whatever code path writes (docs/domain.md, "Centres and organisations").
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_code_format" CHECK ("code" ~ '^[A-Z0-9]+(-[A-Z0-9]+)*$');

-- A centre's code is the prefix of its case numbers (NDB-2026-0042): once a case is numbered with
-- it, changing it would orphan every number already given, so it never changes.
CREATE FUNCTION centre_code_immutable() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."code" IS DISTINCT FROM OLD."code" THEN
    RAISE EXCEPTION 'A centre''s code cannot change' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Centre_code_immutable"
  BEFORE UPDATE OF "code" ON "Centre"
  FOR EACH ROW EXECUTE FUNCTION centre_code_immutable();
