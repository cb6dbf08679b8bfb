-- Hand-written (no schema change): duplicate search and name search on "Case"."searchName",
-- the normalised key written by lib/cases/name-search.ts. See lib/cases/search-possible-duplicates.ts.

-- Trusted extensions: a database owner may create them. The duplicate search uses pg_trgm only:
-- the key is normalised in TypeScript, because unaccent cannot transliterate Arabic script.
-- unaccent and fuzzystrmatch are installed for name filters that work on raw columns.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

-- Trigram similarity (the % operator) on the whole key: spelling variants and typos.
CREATE INDEX "Case_searchName_trgm_idx" ON "Case" USING GIN ("searchName" gin_trgm_ops);

-- Whole-token equality (the && operator) with a query's phonetic keys: transliterations whose
-- spelling shares few trigrams (محمد ~ Mohamed). Queries must use this exact expression.
CREATE INDEX "Case_searchName_tokens_idx" ON "Case" USING GIN (string_to_array("searchName", ' '));
