-- Hand-written (no schema change): indexes for the caseload list's search and sorts
-- (lib/cases/list-cases.ts), beyond the @@index lines of model Case and the trigram index on
-- "searchName" (20261122070000_duplicate_search). Checked with EXPLAIN (ANALYZE) on 100 000
-- cases: `npm run bench:seed`, then `npx tsx --conditions=react-server scripts/benchmark-caseload.ts --explain`.
--
-- No partial index on open cases for the overdue filter: Prisma sends enum values as parameters
-- cast at run time (CAST($1::text AS "CaseStatus")), which the planner cannot match against a
-- partial index's WHERE "status" NOT IN (…); the (…, "nextDueAt") indexes serve it instead.

-- Search by case number is a prefix match (LIKE 'NDB-2026-00%'). The unique index follows the
-- database collation, which serves LIKE only under the "C" collation; this one always does.
CREATE INDEX "Case_caseNumber_pattern_idx" ON "Case" ("caseNumber" text_pattern_ops);

-- Sort by name (ORDER BY "lastName", "firstName", "id"): read in order instead of sorting the
-- whole scope.
CREATE INDEX "Case_lastName_firstName_id_idx" ON "Case" ("lastName", "firstName", "id");

-- Sort by risk (ORDER BY "riskLevel", "nextDueAt", "id"; highest risk, then most urgent first):
-- without it the whole HIGH group is read and sorted.
CREATE INDEX "Case_riskLevel_nextDueAt_id_idx" ON "Case" ("riskLevel", "nextDueAt", "id");
