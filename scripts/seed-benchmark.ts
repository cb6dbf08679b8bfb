// `npm run bench:seed`: 100 000 fictitious cases, with their placements, closures and BID
// decisions, for the caseload, dashboard and indicator benchmarks, in DATABASE_URL's
// database or in a fresh embedded one (see scripts/lib/bench-database.ts). Demo accounts first
// (the benchmark acts as them), then about 35 social workers, cases in batches, VACUUM ANALYZE.
//   --if-missing   keep the database and add nothing when it already holds 100 000 cases
// Never point DATABASE_URL at a real database: this adds demo accounts and fictitious children.
import pg from "pg";
import { CENTRES, DEMO_USERS } from "@/prisma/demo-data";
import { insertBenchActivity } from "./lib/bench-activity";
import { insertBenchCases, workersNeeded, type BenchStaff } from "./lib/bench-cases";
import { openBenchDatabase, prepareBenchDatabase } from "./lib/bench-database";

const BENCH_CASES = 100_000;
const FIRST_CASE = new Date(Date.UTC(2020, 0, 1));

async function ensureUser(client: pg.Client, email: string, name: string, role: string, organisationId: string, centreId: string) {
  // "!" is no argon2 hash: these accounts cannot sign in.
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO "User" ("id", "email", "name", "role", "organisationId", "passwordHash", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, $3::"Role", $4, '!', now())
     ON CONFLICT ("email") DO UPDATE SET "name" = EXCLUDED."name" RETURNING "id"`,
    [email, name, role, organisationId],
  );
  await client.query(`INSERT INTO "UserCentre" ("userId", "centreId") VALUES ($1, $2) ON CONFLICT DO NOTHING`, [rows[0].id, centreId]);
  return rows[0].id;
}

/** Per centre: the demo social workers plus benchmark ones up to the number needed, and a supervisor. */
async function benchStaff(client: pg.Client): Promise<BenchStaff[]> {
  const { rows: centres } = await client.query<{ id: string; code: string }>(`SELECT "id", "code" FROM "Centre"`);
  const { rows: users } = await client.query<{ id: string; email: string }>(`SELECT "id", "email" FROM "User"`);
  const { rows: masef } = await client.query<{ id: string }>(`SELECT "id" FROM "Organisation" WHERE "code" = 'MASEF'`);
  const userId = new Map(users.map((u) => [u.email, u.id]));
  const needed = workersNeeded(BENCH_CASES);
  const staff: BenchStaff[] = [];
  for (const { code } of CENTRES) {
    const centreId = centres.find((c) => c.code === code)!.id;
    const demo = (role: string) => DEMO_USERS.filter((u) => u.role === role && u.centres.includes(code)).map((u) => userId.get(u.email)!);
    const workers = demo("SOCIAL_WORKER");
    for (let n = 1; workers.length < needed[code]; n++) {
      workers.push(await ensureUser(client, `bench.sw${n}.${code.toLowerCase()}@bench.invalid`, `Bench SW ${code} ${n}`, "SOCIAL_WORKER", masef[0].id, centreId));
    }
    const supervisor =
      demo("CENTRE_SUPERVISOR")[0] ??
      (await ensureUser(client, `bench.sup.${code.toLowerCase()}@bench.invalid`, `Bench supervisor ${code}`, "CENTRE_SUPERVISOR", masef[0].id, centreId));
    staff.push({ centreId, code, workers, supervisor });
  }
  return staff;
}

async function main() {
  const ifMissing = process.argv.includes("--if-missing");
  const database = await openBenchDatabase({ fresh: !ifMissing });
  try {
    await prepareBenchDatabase(database.url);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Case"`);
      if (ifMissing && Number(rows[0].n) >= BENCH_CASES) {
        console.log(`The benchmark database already holds ${rows[0].n} cases.`);
        return;
      }
      const started = Date.now();
      const staff = await benchStaff(client);
      console.log(`Seeding ${BENCH_CASES} cases for ${staff.reduce((n, s) => n + s.workers.length, 0)} social workers…`);
      await insertBenchCases(client, staff, BENCH_CASES, FIRST_CASE, new Date());
      console.log("Placements, closures and BID decisions…");
      await insertBenchActivity(client);
      // As autovacuum would after a bulk load: planner statistics and the visibility map.
      await client.query("VACUUM ANALYZE");
      const { rows: summary } = await client.query<{ status: string; n: string; overdue: string }>(
        `SELECT "status", count(*) AS n, count(*) FILTER (WHERE "nextDueAt" < now()) AS overdue FROM "Case" GROUP BY 1 ORDER BY 1`,
      );
      console.table(summary.map((r) => ({ status: r.status, cases: Number(r.n), overdue: Number(r.overdue) })));
      console.log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    } finally {
      await client.end();
    }
  } finally {
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
