import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { caseScope } from "@/lib/auth/scope";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Sex } from "@/lib/generated/prisma/enums";
import { enforceRateLimits } from "@/lib/rate-limit/rate-limiter";
import { fieldErrorsByField } from "@/lib/field-errors";
import { duplicateSearchSchema } from "./duplicate-search.schema";
import { nameInitials, namePhoneticKeys, nameQueryKey } from "./name-search";

/**
 * A likely existing child. Outside the actor's scope it says only what is needed to recognise
 * the child and ask for access: no id, initials instead of names.
 */
export type DuplicateMatch = {
  id: string | null;
  caseNumber: string;
  centreName: string;
  displayName: string;
  sex: Sex;
  yearOfBirth: number;
  nationality: string;
  inScope: boolean;
  /** The actor has a pending access request for this case. */
  accessRequested: boolean;
};

const MAX_MATCHES = 10;
/** Name score (0–1) from which a case is a likely match; also the trigram threshold of `%`. */
const MIN_NAME_SCORE = 0.5;

type Row = {
  id: string;
  caseNumber: string;
  centreName: string;
  firstName: string;
  lastName: string;
  sex: Sex;
  yearOfBirth: number;
  nationality: string;
};

/**
 * Before registering a child, finds existing children across ALL centres that may be the same
 * child. This deliberately looks past the read scope, which is why a match outside the scope is
 * reduced to case number, centre, initials, sex, year of birth and nationality.
 *
 * Name score = max(trigram similarity, 0.6 × share of the query's phonetic keys found as whole
 * tokens + 0.4 × similarity) on Case.searchName (lib/cases/name-search.ts). The year of birth,
 * when given, is a filter (±1 year); nationality and sex only rank, so a wrong guess hides
 * nothing. Cases marked DUPLICATE are left out.
 *
 * Rate-limited per user (lib/rate-limit): over the limit it throws RateLimitedError, audited.
 * The search is audited (case.duplicateSearch) with the normalised query key — not the names as
 * typed — the other criteria and the case numbers shown: what was disclosed, to whom, and why.
 */
export async function searchPossibleDuplicates(actor: Actor, input: unknown): Promise<WriteResult<DuplicateMatch[]>> {
  if (!can(actor, "case:register") || actor.centreIds.length === 0) throw new NotFoundError();
  const parsed = duplicateSearchSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByField(parsed.error) };
  // The search looks past the scope: scripted, it would list children (ADR 0019).
  await enforceRateLimits(["duplicateSearchBurst", "duplicateSearchDaily"], actor.userId, { actorId: actor.userId });
  const { firstName, lastName, otherNames, sex, birthYear, nationality } = parsed.data;

  const names = [firstName, lastName, otherNames ?? ""].join(" ");
  const key = nameQueryKey(names);
  const keys = namePhoneticKeys(names);
  const birthFilter =
    birthYear === null
      ? Prisma.empty
      : Prisma.sql`AND c."dateOfBirth" >= make_date(${birthYear - 1}::int, 1, 1) AND c."dateOfBirth" < make_date(${birthYear + 2}::int, 1, 1)`;

  return db.$transaction(async (tx) => {
    // For this transaction only: `%` (served by the GIN trigram index) means similarity ≥ the
    // minimum score, so the index condition below loses no case the score would keep.
    await tx.$queryRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(MIN_NAME_SCORE)}, true)`;
    const rows = await tx.$queryRaw<Row[]>`
      SELECT c."id", c."caseNumber", ce."name" AS "centreName", c."firstName", c."lastName", c."sex",
             extract(year FROM c."dateOfBirth")::int AS "yearOfBirth", c."nationality"::text AS "nationality"
      FROM "Case" c
      JOIN "Centre" ce ON ce."id" = c."centreId"
      CROSS JOIN LATERAL (
        SELECT similarity(c."searchName", ${key}) AS sim,
               (SELECT count(*) FROM unnest(${keys}::text[]) k WHERE k = ANY (string_to_array(c."searchName", ' ')))::float8
                 / greatest(cardinality(${keys}::text[]), 1) AS token_share
      ) n
      CROSS JOIN LATERAL (SELECT greatest(n.sim, 0.6 * n.token_share + 0.4 * n.sim) AS name_score) m
      WHERE (c."searchName" % ${key} OR string_to_array(c."searchName", ' ') && ${keys}::text[])
        AND c."status" <> 'DUPLICATE'
        ${birthFilter}
        AND m.name_score >= ${MIN_NAME_SCORE}
      ORDER BY m.name_score
                 + CASE WHEN c."nationality"::text = ${nationality} THEN 0.1 ELSE 0 END
                 + CASE WHEN c."sex"::text = ${sex} THEN 0.1 ELSE 0 END
                 + CASE WHEN extract(year FROM c."dateOfBirth") = ${birthYear}::int THEN 0.05 ELSE 0 END DESC,
               c."caseNumber"
      LIMIT ${MAX_MATCHES}`;

    const ids = rows.map((row) => row.id);
    const visible = await tx.case.findMany({ where: { AND: [{ id: { in: ids } }, caseScope(actor)] }, select: { id: true } });
    const pending = await tx.caseAccessRequest.findMany({
      where: { caseId: { in: ids }, requesterId: actor.userId, status: "PENDING" },
      select: { caseId: true },
    });
    const inScope = new Set(visible.map((row) => row.id));
    const requested = new Set(pending.map((row) => row.caseId));

    await writeAuditEvent(tx, actor.userId, {
      action: "case.duplicateSearch",
      entityType: "Case",
      entityId: null,
      after: { queryKey: key, birthYear, sex, nationality, resultCount: rows.length, caseNumbers: rows.map((row) => row.caseNumber) },
    });

    const matches = rows.map((row): DuplicateMatch => {
      const visibleToActor = inScope.has(row.id);
      return {
        id: visibleToActor ? row.id : null,
        caseNumber: row.caseNumber,
        centreName: row.centreName,
        displayName: visibleToActor ? `${row.firstName} ${row.lastName}` : nameInitials(row.firstName, row.lastName),
        sex: row.sex,
        yearOfBirth: row.yearOfBirth,
        nationality: row.nationality,
        inScope: visibleToActor,
        accessRequested: !visibleToActor && requested.has(row.id),
      };
    });
    return { ok: true as const, data: matches };
  });
}
