// `npm run bench:http`: the main pages over HTTP under load, on the 100 000-case benchmark
// database (`npm run bench:seed`). Starts the production build (`next build` first when there is
// none) against that database, signs in as the demo accounts, and for each page prints:
//   - requests/s, latency p50/p95/p99 and errors (non-2xx or socket errors) at --connections
//     concurrent connections for --seconds (autocannon);
//   - one request's time at low concurrency and the data-access time of the same page (its DAL
//     function called in this process, p50 of 20 runs), and their ratio;
//   - the page's HTML and first-load JavaScript (the scripts a module-capable browser loads), gzipped.
// Options: --connections N, --seconds N, --only <text> (the pages whose name contains it),
// --save-html <dir> (each page's HTML, to see what it is made of), --profile <dir> (the server runs with `node --cpu-prof` and writes its CPU profile there on exit;
// open it in Chrome DevTools or summarise it with scripts/cpu-profile-summary.ts).
// How to measure and read the numbers: docs/adr/0021-page-performance.md.
// A benchmark, not a test: nothing here asserts a timing.
// Runs the DAL outside Next.js, so it needs `tsx --conditions=react-server` (server-only is then empty).
import autocannon from "autocannon";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import type { Actor } from "@/lib/auth/actor";
import { DEMO_PASSWORD } from "@/prisma/demo-data";
import { openBenchDatabase } from "./lib/bench-database";
import { percentile } from "./lib/bench-timing";
import { freePort } from "./lib/postgres";
import { run } from "./lib/run";

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const CONNECTIONS = argument("connections", 50);
const SECONDS = argument("seconds", 10);
const DAL_RUNS = 20;
const option = (name: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const ONLY = option("only");
const PROFILE_DIR = option("profile");
const HTML_DIR = option("save-html");

type Page = { name: string; user: string; path: string; dataAccess: (actor: Actor) => Promise<unknown> };

async function main() {
  const database = await openBenchDatabase({ fresh: false });
  process.env.DATABASE_URL = database.url;
  // Imported after DATABASE_URL is set: the DAL's client is created on first use.
  const { db } = await import("@/lib/db");
  const { loadActor } = await import("@/lib/auth/load-actor");
  const { listCases } = await import("@/lib/cases/list-cases");
  const { getCase } = await import("@/lib/cases/get-case");
  const { getDashboard } = await import("@/lib/dashboards/get-dashboard");
  let server: ChildProcess | null = null;
  try {
    const cases = await db.case.count();
    if (cases < 100_000) throw new Error(`Only ${cases} cases in the benchmark database: run \`npm run bench:seed\` first.`);
    const ndbCase = await db.case.findFirstOrThrow({ where: { centre: { code: "NDB" } }, orderBy: { arrivalDate: "desc" }, select: { id: true } });
    const pages: Page[] = [
      { name: "Caseload, national (all)", user: "national@cpise.demo", path: "/cases", dataAccess: (a) => listCases(a, {}) },
      { name: "Caseload, supervisor NDB", user: "superviseur.ndb@cpise.demo", path: "/cases", dataAccess: (a) => listCases(a, {}) },
      { name: "Caseload, social worker NDB", user: "assistante.ndb@cpise.demo", path: "/cases", dataAccess: (a) => listCases(a, {}) },
      { name: "Case page (overview)", user: "national@cpise.demo", path: `/cases/${ndbCase.id}`, dataAccess: (a) => getCase(a, ndbCase.id) },
      { name: "Dashboard, national", user: "national@cpise.demo", path: "/dashboard", dataAccess: (a) => getDashboard(a, {}) },
    ];

    const measured = ONLY ? pages.filter((p) => p.name.toLowerCase().includes(ONLY.toLowerCase())) : pages;
    if (!existsSync(".next/BUILD_ID")) await run("node_modules/.bin/next", ["build"], process.env);
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const profile = PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${PROFILE_DIR}`] : [];
    server = spawn(process.execPath, [...profile, "node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, NODE_ENV: "production", DATABASE_URL: database.url, AUTH_SECRET: randomBytes(32).toString("base64url"), AUTH_TRUST_HOST: "true" },
    });
    await waitFor(`${origin}/login`);

    const cookies = new Map<string, string>();
    const actors = new Map<string, Actor>();
    for (const email of new Set(measured.map((p) => p.user))) {
      cookies.set(email, await signIn(origin, email));
      const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
      const actor = await loadActor(user.id);
      if (!actor) throw new Error(`${email} is not an active account in the benchmark database.`);
      actors.set(email, actor);
    }

    console.log(`\n${cases} cases; ${CONNECTIONS} connections for ${SECONDS} s per page.\n`);
    const rows = [];
    for (const page of measured) {
      const cookie = cookies.get(page.user)!;
      const actor = actors.get(page.user)!;
      const single = await timeRequests(origin + page.path, cookie, DAL_RUNS);
      const dal = await timeRuns(() => page.dataAccess(actor), DAL_RUNS);
      const size = await pageWeight(origin, page.path, cookie, page.name);
      const load = await autocannon({ url: origin + page.path, connections: CONNECTIONS, duration: SECONDS, headers: { cookie } });
      rows.push({
        page: page.name,
        "req/s": Math.round(load.requests.average),
        "p50 ms": load.latency.p50,
        "p95 ms": load.latency.p97_5,
        "p99 ms": load.latency.p99,
        errors: load.errors + load.timeouts + load.non2xx,
        "1 req ms": single.toFixed(0),
        "DAL ms": dal.toFixed(1),
        ratio: (single / dal).toFixed(1),
        "HTML kB gz": (size.html / 1024).toFixed(1),
        "JS kB gz": (size.js / 1024).toFixed(1),
      });
    }
    console.table(rows);
    console.log("p95 is autocannon's p97.5 (its nearest published percentile).");
  } finally {
    if (server && server.exitCode === null) {
      // Waited for: the CPU profile is written as the server exits.
      const exited = new Promise((resolve) => server!.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    await db.$disconnect();
    await database.stop();
  }
}

async function waitFor(url: string) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within 2 minutes`);
}

/** Signs in through Auth.js's credentials endpoint; returns the Cookie header of the session. */
async function signIn(origin: string, email: string): Promise<string> {
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ email, password: DEMO_PASSWORD, csrfToken, callbackUrl: `${origin}/` }),
  });
  const session = response.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c.includes("session-token="));
  if (!session) throw new Error(`Could not sign in as ${email} (HTTP ${response.status})`);
  return session;
}

/** p50 of `count` sequential requests, in ms. */
async function timeRequests(url: string, cookie: string, count: number): Promise<number> {
  return timeRuns(async () => {
    const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
    if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status}`);
    await response.arrayBuffer();
  }, count);
}

/** p50 of `count` runs after two warm-up runs, in ms. */
async function timeRuns(work: () => Promise<unknown>, count: number): Promise<number> {
  for (let i = 0; i < 2; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return percentile(times.sort((a, b) => a - b), 50);
}

/** Gzipped bytes of the page's HTML and of the scripts it loads on first visit. */
async function pageWeight(origin: string, path: string, cookie: string, name: string): Promise<{ html: number; js: number }> {
  const html = await (await fetch(origin + path, { headers: { cookie } })).text();
  if (HTML_DIR) {
    mkdirSync(HTML_DIR, { recursive: true });
    writeFileSync(join(HTML_DIR, `${name.replace(/\W+/g, "-").toLowerCase()}.html`), html);
  }
  // Without the noModule polyfills: every browser that runs modules (all current ones) skips them.
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)].filter((m) => !/\snomodule/i.test(m[0]));
  const scripts = [...new Set(tags.map((m) => m[1]))];
  let js = 0;
  for (const src of scripts) {
    const body = Buffer.from(await (await fetch(new URL(src.replaceAll("&amp;", "&"), origin))).arrayBuffer());
    js += gzipSync(body).length;
  }
  return { html: gzipSync(html).length, js };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
