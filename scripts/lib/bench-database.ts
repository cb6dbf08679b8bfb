// The database the caseload benchmark runs on: DATABASE_URL when set, otherwise a persistent
// embedded PostgreSQL kept next to the app's own cluster (…/postgres-bench), so that
// `npm run bench:seed` and `npm run bench:caseload` see the same data.
import pg from "pg";
import { migrate, seedDatabase } from "./database";
import { freePort, persistentDataDir, startPostgres } from "./postgres";

const BENCH_DATABASE = "cpise_bench";
// The bench cluster listens on 127.0.0.1 only and holds fictitious data.
const BENCH_PASSWORD = "cpise-bench";

export type BenchDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

/** Opens the benchmark database; `fresh` drops and recreates the embedded one (never DATABASE_URL's). */
export async function openBenchDatabase(options: { fresh: boolean }): Promise<BenchDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) return { url: external, embedded: false, stop: async () => undefined };
  const dataDir = `${persistentDataDir(process.cwd())}-bench`;
  console.log(`Embedded PostgreSQL for the benchmark: ${dataDir}`);
  const server = await startPostgres({ dataDir, port: await freePort(), password: BENCH_PASSWORD, persistent: true, quiet: true });
  if (options.fresh) {
    const admin = new pg.Client({ connectionString: server.url("postgres") });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${BENCH_DATABASE}" WITH (FORCE)`);
    await admin.end();
  }
  await server.createDatabase(BENCH_DATABASE);
  return { url: server.url(BENCH_DATABASE), embedded: true, stop: () => server.stop() };
}

/** Migrations and the demo accounts (the benchmark signs in as them). */
export async function prepareBenchDatabase(url: string): Promise<void> {
  await migrate(url);
  await seedDatabase(url, { demo: true });
}
