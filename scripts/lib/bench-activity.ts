// What happened to the benchmark's 100 000 children (scripts/seed-benchmark.ts), for the dashboard
// and indicator benchmarks: placements (a residential stay from arrival, then a foster family,
// kinship care or nothing), approved closures for closed cases, and BID referrals decided by a
// weekly panel for about a quarter of the cases that got that far. Set-based SQL over the cases
// already inserted (setseed makes it repeatable), so it takes seconds, not minutes.
import pg from "pg";

const STEPS: { label: string; sql: string }[] = [
  {
    label: "foster families",
    sql: `
      INSERT INTO "FosterFamily" ("id", "organisationId", "householdName", "location", "languages", "capacity",
        "contactName", "contactPhone", "vettingStatus", "approvedAt", "createdById", "updatedAt")
      SELECT gen_random_uuid(), o."id", 'Bench family ' || n, 'Nouakchott', '{fr,wo}', 3,
        'Bench contact ' || n, '+222 00 00 00 00', 'APPROVED', DATE '2020-01-01',
        (SELECT "id" FROM "User" WHERE "organisationId" = o."id" ORDER BY "email" LIMIT 1), now()
      FROM "Organisation" o CROSS JOIN generate_series(1, 15) AS n
      WHERE o."type" = 'NGO' AND EXISTS (SELECT 1 FROM "User" WHERE "organisationId" = o."id")`,
  },
  {
    label: "residential stays",
    // Most children stay at their centre from arrival; finished cases left when the case ended,
    // a third of the others moved on (or ran away) after days or months.
    sql: `
      CREATE TEMP TABLE bench_stay AS
      SELECT c."id" AS case_id, c."centreId" AS centre_id, c."arrivalDate" AS start_date, c."registeredById" AS by_id,
        c."status"::text AS status, c."closedAt", random() AS r, random() AS r2
      FROM "Case" c
      WHERE NOT EXISTS (SELECT 1 FROM "Placement" p WHERE p."caseId" = c."id") AND random() < 0.9;
      INSERT INTO "Placement" ("id", "caseId", "type", "centreId", "startDate", "endDate", "endReason", "createdById", "endedById", "updatedAt", "createdAt")
      SELECT gen_random_uuid(), case_id, 'CPISE_RESIDENTIAL', centre_id, start_date, end_date,
        CASE WHEN end_date IS NULL THEN NULL
             WHEN status = 'TRANSFERRED' THEN 'TRANSFERRED'
             WHEN status IN ('CLOSED', 'DUPLICATE') THEN (CASE WHEN r2 < 0.7 THEN 'REUNIFIED' WHEN r2 < 0.85 THEN 'TURNED_18' ELSE 'OTHER' END)
             WHEN r < 0.03 THEN 'RAN_AWAY'
             WHEN r < 0.2 THEN 'MOVED_TO_FOSTER_FAMILY'
             ELSE 'MOVED_OTHER_PLACEMENT' END::"PlacementEndReason",
        by_id, CASE WHEN end_date IS NULL THEN NULL ELSE by_id END, now(), start_date
      FROM (
        SELECT *, CASE
          WHEN status IN ('CLOSED', 'TRANSFERRED', 'DUPLICATE') THEN GREATEST(start_date, LEAST(CURRENT_DATE, COALESCE("closedAt"::date, start_date + 30)))
          WHEN r < 0.35 THEN LEAST(start_date + 5 + (r2 * 200)::int, CURRENT_DATE)
        END AS end_date
        FROM bench_stay
      ) s`,
  },
  {
    label: "foster and kinship placements",
    sql: `
      WITH families AS (SELECT "id", row_number() OVER (ORDER BY "id") - 1 AS k, count(*) OVER () AS n FROM "FosterFamily" WHERE "householdName" LIKE 'Bench family %'),
      moved AS (
        SELECT p."caseId", p."endDate", p."endReason", p."createdById", (abs(hashtext(p."caseId"::text)) % 1000) AS h
        FROM "Placement" p JOIN bench_stay s ON s.case_id = p."caseId"
        WHERE p."endReason" IN ('MOVED_TO_FOSTER_FAMILY', 'MOVED_OTHER_PLACEMENT')
      )
      INSERT INTO "Placement" ("id", "caseId", "type", "fosterFamilyId", "caregiverName", "caregiverRelationship", "placeName",
        "startDate", "createdById", "updatedAt", "createdAt")
      SELECT gen_random_uuid(), m."caseId",
        CASE WHEN m."endReason" = 'MOVED_TO_FOSTER_FAMILY' THEN 'FOSTER_FAMILY'
             WHEN m.h < 600 THEN 'KINSHIP_CARE' WHEN m.h < 800 THEN 'SUPERVISED_INDEPENDENT_LIVING' ELSE 'OTHER_SHELTER' END::"PlacementType",
        CASE WHEN m."endReason" = 'MOVED_TO_FOSTER_FAMILY' THEN (SELECT f."id" FROM families f WHERE f.k = m.h % f.n) END,
        CASE WHEN m."endReason" = 'MOVED_OTHER_PLACEMENT' AND m.h < 600 THEN 'Bench caregiver' END,
        CASE WHEN m."endReason" = 'MOVED_OTHER_PLACEMENT' AND m.h < 600 THEN 'uncle' END,
        CASE WHEN m."endReason" = 'MOVED_OTHER_PLACEMENT' AND m.h >= 600 THEN 'Bench shelter' END,
        m."endDate", m."createdById", now(), m."endDate"
      FROM moved m`,
  },
  {
    label: "closures",
    sql: `
      INSERT INTO "CaseClosure" ("id", "caseId", "status", "reason", "summary", "requestedById", "requestedAt", "decidedById", "decidedAt")
      SELECT gen_random_uuid(), c."id", 'APPROVED',
        (ARRAY['REUNIFIED','REUNIFIED','REUNIFIED','DURABLE_SOLUTION','TURNED_18','INFORMED_CHOICE','LOST_CONTACT','OTHER','DEATH'])[1 + (abs(hashtext(c."id"::text)) % 9)]::"ClosureReason",
        'Bench closure', c."registeredById", c."closedAt" - interval '2 days', c."registeredById", c."closedAt"
      FROM "Case" c
      WHERE c."status" = 'CLOSED' AND c."closedAt" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "CaseClosure" x WHERE x."caseId" = c."id")`,
  },
  {
    label: "BID referrals, weekly sessions and signed decisions",
    // About a quarter of the cases that reached implementation went through a BID panel, decided
    // at the first weekly session 60 to 120 days after registration; BID_PENDING cases are queued.
    sql: `
      CREATE TEMP TABLE bench_bid AS
      SELECT c."id" AS case_id, c."registeredById" AS by_id, c."createdAt", c."status"::text AS status,
        date_trunc('week', c."createdAt" + (60 + (abs(hashtext(c."id"::text)) % 60)) * interval '1 day') + interval '1 week' + interval '10 hours' AS session_at,
        gen_random_uuid() AS assessment_id, gen_random_uuid() AS referral_id, gen_random_uuid() AS item_id
      FROM "Case" c
      WHERE NOT EXISTS (SELECT 1 FROM "BidReferral" r WHERE r."caseId" = c."id")
        AND (c."status" = 'BID_PENDING' OR (c."status" IN ('IMPLEMENTATION', 'FOLLOW_UP', 'CLOSED') AND abs(hashtext(c."id"::text || 'bid')) % 4 = 0));
      DELETE FROM bench_bid WHERE status <> 'BID_PENDING' AND session_at > now();
      INSERT INTO "Assessment" ("id", "caseId", "status", "childViews", "recommendation", "bidRequired", "bidReason", "authorId",
        "submittedAt", "decidedById", "decidedAt", "updatedAt", "createdAt")
      SELECT assessment_id, case_id, 'APPROVED', 'Bench', 'Bench', true, 'Bench', by_id, "createdAt" + interval '20 days',
        by_id, "createdAt" + interval '25 days', now(), "createdAt" + interval '15 days'
      FROM bench_bid;
      INSERT INTO "BidReferral" ("id", "caseId", "assessmentId", "status", "reason", "referredById", "referredAt", "closedAt", "updatedAt", "createdAt")
      SELECT referral_id, case_id, assessment_id,
        CASE WHEN status = 'BID_PENDING' THEN 'QUEUED' ELSE 'DECIDED' END::"BidReferralStatus", 'Bench referral', by_id,
        "createdAt" + interval '30 days', CASE WHEN status = 'BID_PENDING' THEN NULL ELSE session_at END, now(), "createdAt" + interval '30 days'
      FROM bench_bid;
      CREATE TEMP TABLE bench_session AS
      SELECT gen_random_uuid() AS id, session_at FROM (SELECT DISTINCT session_at FROM bench_bid WHERE status <> 'BID_PENDING') s;
      INSERT INTO "BidSession" ("id", "scheduledAt", "venue", "chairId", "status", "publishedAt", "heldAt", "createdById", "updatedAt", "createdAt")
      SELECT s.id, s.session_at, 'OIM Nouakchott', chair."id", 'HELD', s.session_at - interval '7 days', s.session_at, coord."id", now(), s.session_at - interval '10 days'
      FROM bench_session s
      CROSS JOIN LATERAL (SELECT pm."id" FROM "PanelMember" pm JOIN "User" u ON u."id" = pm."userId" WHERE pm."defaultRole" = 'CHAIR' ORDER BY u."email" LIMIT 1) chair
      CROSS JOIN LATERAL (SELECT "id" FROM "User" WHERE "role" = 'BID_COORDINATOR' ORDER BY "email" LIMIT 1) coord;
      INSERT INTO "BidAgendaItem" ("id", "sessionId", "referralId", "caseId", "position", "createdAt")
      SELECT b.item_id, s.id, b.referral_id, b.case_id, row_number() OVER (PARTITION BY s.id ORDER BY b.case_id), s.session_at - interval '10 days'
      FROM bench_bid b JOIN bench_session s ON s.session_at = b.session_at;
      INSERT INTO "BidDecision" ("id", "agendaItemId", "sessionId", "caseId", "childViewsHeard", "outcome", "reasons", "implementationPlan",
        "recordedById", "signedById", "signedAt", "updatedAt", "createdAt")
      SELECT gen_random_uuid(), i."id", i."sessionId", i."caseId", 'Bench',
        (ARRAY['RETURN_REUNIFICATION_ORIGIN','RETURN_REUNIFICATION_ORIGIN','RETURN_REUNIFICATION_ORIGIN','LOCAL_INTEGRATION','TEMPORARY_CARE','REUNIFICATION_THIRD_COUNTRY','RESETTLEMENT','SEPARATION_FROM_PARENTS'])[1 + (abs(hashtext(i."caseId"::text)) % 8)]::"BidOutcome",
        'Bench reasons', 'Bench plan', s."createdById", chair."userId", s."heldAt" + interval '2 hours', now(), s."heldAt"
      FROM "BidAgendaItem" i JOIN bench_session bs ON bs.id = i."sessionId" JOIN "BidSession" s ON s."id" = i."sessionId"
      JOIN "PanelMember" chair ON chair."id" = s."chairId"`,
  },
];

export async function insertBenchActivity(client: pg.Client): Promise<void> {
  await client.query("SELECT setseed(0.2026)");
  for (const step of STEPS) {
    const started = Date.now();
    await client.query("BEGIN");
    try {
      await client.query(step.sql);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
    console.log(`  ${step.label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}
