// `npm run bench:caseload`: times the caseload's main list queries through the real DAL function
// (lib/cases/list-cases.ts `listCases`, scope included) on the 100 000-case benchmark database
// (`npm run bench:seed`), 30 runs each after a warm-up, and prints p50/p95 in milliseconds.
//   --explain   also prints EXPLAIN (ANALYZE, BUFFERS) of the SQL each query sent
// Runs outside Next.js, so it needs `tsx --conditions=react-server` (server-only is then empty).
import { performance } from "node:perf_hooks";
import pg from "pg";
import type { Actor } from "@/lib/auth/actor";
import type { CaseloadFilters } from "@/lib/cases/caseload-filters";
import { openBenchDatabase } from "./lib/bench-database";
import { captureQueries, percentile } from "./lib/bench-timing";

const RUNS = 30;
const WARM_UP = 3;

type Scenario = { name: string; user: string; filters: Partial<CaseloadFilters> };

const SCENARIOS: Scenario[] = [
  { name: "SW: my caseload (default)", user: "assistante.ndb@cpise.demo", filters: {} },
  { name: "SW: all my cases, overdue", user: "assistante.ndb@cpise.demo", filters: { view: "all", overdue: "any" } },
  { name: "Supervisor NDB: centre (default)", user: "superviseur.ndb@cpise.demo", filters: {} },
  { name: "Supervisor NKC (3 centres): centre", user: "superviseure.nkc@cpise.demo", filters: {} },
  { name: "Supervisor NDB: overdue", user: "superviseur.ndb@cpise.demo", filters: { overdue: "any" } },
  { name: "Supervisor NDB: sorted by due", user: "superviseur.ndb@cpise.demo", filters: { sort: "due" } },
  { name: "Supervisor NDB: unassigned, by risk", user: "superviseur.ndb@cpise.demo", filters: { worker: "unassigned", sort: "risk" } },
  { name: "National: all (default)", user: "national@cpise.demo", filters: {} },
  { name: "National: status + risk", user: "national@cpise.demo", filters: { status: ["ASSESSMENT", "CASE_PLAN"], risk: ["HIGH"] } },
  { name: "National: overdue", user: "national@cpise.demo", filters: { overdue: "any" } },
  { name: "National: GN girls 12–14", user: "national@cpise.demo", filters: { nationality: "GN", sex: "FEMALE", ageBand: "12-14" } },
  { name: "National: name search", user: "national@cpise.demo", filters: { q: "Mamadou Diallo" } },
  { name: "National: name variant (Muhammad)", user: "national@cpise.demo", filters: { q: "Muhammad" } },
  { name: "Supervisor NDB: name search", user: "superviseur.ndb@cpise.demo", filters: { q: "Fatoumata" } },
  { name: "National: case-number search", user: "national@cpise.demo", filters: { q: "NDB-2025-01" } },
  { name: "National: sorted by due", user: "national@cpise.demo", filters: { sort: "due" } },
  { name: "National: sorted by name", user: "national@cpise.demo", filters: { sort: "name" } },
  { name: "National: sorted by risk", user: "national@cpise.demo", filters: { sort: "risk" } },
  { name: "National: page 50", user: "national@cpise.demo", filters: { page: 50 } },
];


async function main() {
  const explain = process.argv.includes("--explain");
  const database = await openBenchDatabase({ fresh: false });
  process.env.DATABASE_URL = database.url;
  const capture = captureQueries();
  // Imported after DATABASE_URL is set: the DAL's client is created on first use.
  const { db } = await import("@/lib/db");
  const { loadActor } = await import("@/lib/auth/load-actor");
  const { listCases } = await import("@/lib/cases/list-cases");
  try {
    const cases = await db.case.count();
    if (cases < 100_000) throw new Error(`Only ${cases} cases in the benchmark database: run \`npm run bench:seed\` first.`);
    const actors = new Map<string, Actor>();
    for (const email of new Set(SCENARIOS.map((s) => s.user))) {
      const user = await db.user.findUnique({ where: { email }, select: { id: true } });
      const actor = user && (await loadActor(user.id));
      if (!actor) throw new Error(`No active demo account ${email} in the benchmark database.`);
      actors.set(email, actor);
    }
    const explainer = explain ? new pg.Client({ connectionString: database.url }) : null;
    await explainer?.connect();

    console.log(`\n${cases} cases. ${RUNS} runs per query (after ${WARM_UP} warm-up runs), time spent in listCases:\n`);
    const rows = [];
    for (const scenario of SCENARIOS) {
      const actor = actors.get(scenario.user)!;
      for (let i = 0; i < WARM_UP; i++) await listCases(actor, scenario.filters);
      const times: number[] = [];
      let total = 0;
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        total = (await listCases(actor, scenario.filters)).total;
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      rows.push({ query: scenario.name, matches: total, p50: percentile(times, 50).toFixed(1), p95: percentile(times, 95).toFixed(1), max: times[times.length - 1].toFixed(1) });
      if (explainer) {
        for (const query of await capture.during(() => listCases(actor, scenario.filters))) {
          const plan = await explainer.query(`EXPLAIN (ANALYZE, BUFFERS) ${query.text}`, query.values);
          console.log(`\n── ${scenario.name}\n${query.text}\n${plan.rows.map((r) => r["QUERY PLAN"]).join("\n")}`);
        }
      }
    }
    console.table(rows);
    await explainer?.end();
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
