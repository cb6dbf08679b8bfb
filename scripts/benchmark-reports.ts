// `npm run bench:reports`: times the supervisor dashboards and the indicator report through their
// real DAL functions (lib/dashboards/get-dashboard.ts `getDashboard`, lib/reports/get-indicator-report.ts
// `getIndicatorReport`, permissions and scope included) on the 100 000-case benchmark database
// (`npm run bench:seed`: cases with their placements, closures and BID decisions), 20 runs each
// after a warm-up, and prints p50/p95 in milliseconds. The target is under 1 s each. Not a test.
//   --explain   also prints EXPLAIN (ANALYZE, BUFFERS) of the SQL each scenario sent
// Runs outside Next.js, so it needs `tsx --conditions=react-server` (server-only is then empty).
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import pg from "pg";
import type { Actor } from "@/lib/auth/actor";
import { openBenchDatabase } from "./lib/bench-database";
import { captureQueries, percentile } from "./lib/bench-timing";

const RUNS = 20;
const WARM_UP = 2;

type Scenario = { name: string; user: string; run: (actor: Actor) => Promise<unknown> };


async function main() {
  const explain = process.argv.includes("--explain");
  const database = await openBenchDatabase({ fresh: false });
  process.env.DATABASE_URL = database.url;
  // The report's rounding key (ADR 0017); any value times the same.
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
  const capture = captureQueries();
  // Imported after DATABASE_URL is set: the DAL's client is created on first use.
  const { db } = await import("@/lib/db");
  const { loadActor } = await import("@/lib/auth/load-actor");
  const { getDashboard } = await import("@/lib/dashboards/get-dashboard");
  const { getIndicatorReport } = await import("@/lib/reports/get-indicator-report");
  const { lastEndedMonth } = await import("@/lib/reports/indicator-period");
  const lastMonth = lastEndedMonth(new Date());
  const [year, month] = lastMonth.split("-").map(Number);
  const yearBefore = month === 12 ? `${year}-01` : `${year - 1}-${String(month + 1).padStart(2, "0")}`;
  const lastYear = new Date().getUTCFullYear() - 1;
  const ndb = await db.centre.findUnique({ where: { code: "NDB" }, select: { id: true } });
  const scenarios: Scenario[] = [
    { name: "National dashboard (all centres)", user: "national@cpise.demo", run: (a) => getDashboard(a, {}) },
    { name: "National dashboard, one centre", user: "national@cpise.demo", run: (a) => getDashboard(a, { centreId: ndb!.id }) },
    { name: "Supervisor NDB dashboard", user: "superviseur.ndb@cpise.demo", run: (a) => getDashboard(a, {}) },
    { name: "Supervisor NKC dashboard (3 centres)", user: "superviseure.nkc@cpise.demo", run: (a) => getDashboard(a, {}) },
    {
      name: "Indicator report, last 12 ended months",
      user: "suivi@cpise.demo",
      run: (a) => getIndicatorReport(a, { from: yearBefore, to: lastMonth }),
    },
    {
      name: `Indicator report, ${lastYear}`,
      user: "suivi@cpise.demo",
      run: (a) => getIndicatorReport(a, { from: `${lastYear}-01`, to: `${lastYear}-12` }),
    },
    {
      name: "Indicator report, 2020 to last month",
      user: "national@cpise.demo",
      run: (a) => getIndicatorReport(a, { from: "2020-01", to: lastMonth }),
    },
  ];
  try {
    const [cases, placements, decisions] = await Promise.all([
      db.case.count(),
      db.placement.count(),
      db.bidDecision.count({ where: { signedAt: { not: null } } }),
    ]);
    if (cases < 100_000) throw new Error(`Only ${cases} cases in the benchmark database: run \`npm run bench:seed\` first.`);
    const actors = new Map<string, Actor>();
    for (const email of new Set(scenarios.map((s) => s.user))) {
      const user = await db.user.findUnique({ where: { email }, select: { id: true } });
      const actor = user && (await loadActor(user.id));
      if (!actor) throw new Error(`No active demo account ${email} in the benchmark database.`);
      actors.set(email, actor);
    }
    const explainer = explain ? new pg.Client({ connectionString: database.url }) : null;
    await explainer?.connect();

    console.log(`\n${cases} cases, ${placements} placements, ${decisions} signed BID decisions. ${RUNS} runs each (after ${WARM_UP} warm-up runs):\n`);
    const rows = [];
    for (const scenario of scenarios) {
      const actor = actors.get(scenario.user)!;
      for (let i = 0; i < WARM_UP; i++) await scenario.run(actor);
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        await scenario.run(actor);
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      rows.push({ scenario: scenario.name, p50: percentile(times, 50).toFixed(1), p95: percentile(times, 95).toFixed(1), max: times[times.length - 1].toFixed(1) });
      if (explainer) {
        for (const query of await capture.during(() => scenario.run(actor))) {
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
