-- CreateEnum
CREATE TYPE "RiskReasonCode" AS ENUM ('RAN_AWAY', 'OTHER');

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "riskReasonCode" "RiskReasonCode";


-- Hand-written: convert the rows written before this migration (docs/adr/0023-one-home-per-locale-rule.md).
-- A runaway used to write its risk reason as translated text, in the language of whoever recorded
-- it: the words below (fr, en, ar, the demo seed's and the code's old default). Those rows become
-- the code RAN_AWAY with no words; any other reason was a worker's own words: OTHER, words kept.
UPDATE "Case"
SET "riskReasonCode" = CASE WHEN lower(btrim("riskReason")) IN ('fugue', 'ran away', 'هروب', 'fugue du centre', 'runaway')
                            THEN 'RAN_AWAY'::"RiskReasonCode" ELSE 'OTHER'::"RiskReasonCode" END,
    "riskReason" = CASE WHEN lower(btrim("riskReason")) IN ('fugue', 'ran away', 'هروب', 'fugue du centre', 'runaway')
                        THEN NULL ELSE "riskReason" END
WHERE "riskReason" IS NOT NULL;

-- The worker's words are there exactly when the code says so.
ALTER TABLE "Case"
  ADD CONSTRAINT "Case_risk_reason_words"
  CHECK (CASE WHEN "riskReasonCode" = 'OTHER' THEN "riskReason" IS NOT NULL ELSE "riskReason" IS NULL END);

-- The timeline's risk events get the same code. The timeline is append-only; this one-time change of
-- representation (same meaning, no row added or removed) is made by the migration, with the guard
-- lifted for this statement only, inside the migration's transaction. The audit trail keeps what
-- was written at the time.
ALTER TABLE "CaseEvent" DISABLE TRIGGER "CaseEvent_append_only";
UPDATE "CaseEvent"
SET "data" = CASE WHEN lower(btrim("data"->>'reason')) IN ('fugue', 'ran away', 'هروب', 'fugue du centre', 'runaway')
                  THEN ("data" - 'reason') || '{"reasonCode": "RAN_AWAY"}'::jsonb
                  ELSE "data" || '{"reasonCode": "OTHER"}'::jsonb END
WHERE "type" = 'case.riskSet' AND NOT ("data" ? 'reasonCode');
ALTER TABLE "CaseEvent" ENABLE TRIGGER "CaseEvent_append_only";
