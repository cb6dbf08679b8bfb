// Creates a migration offline (never `prisma migrate dev` here, see docs/adr/0002):
// diffs the snapshot of the schema as of the last migration against prisma/schema.prisma.
//   npm run db:migration -- <name>
// Hand-written SQL (CHECKs, triggers, partial indexes) is appended to the generated file.
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { capture } from "./lib/run";
import { prismaBin } from "./lib/run";
import { freePort, startPostgres, temporaryDataDir } from "./lib/postgres";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  console.error("usage: npm run db:migration -- <name>");
  process.exit(1);
}

const migrationsDir = path.join("prisma", "migrations");
const snapshot = path.join(migrationsDir, "schema.snapshot.prisma");

async function main() {
  let databaseUrl = process.env.DATABASE_URL;
  // `migrate diff` connects to a database even to diff two files: use a throw-away server.
  const server = databaseUrl
    ? null
    : await startPostgres({ dataDir: temporaryDataDir(), port: await freePort(), password: "diff", persistent: false, quiet: true });
  databaseUrl ??= server!.url("postgres");
  try {
    const from = existsSync(snapshot) ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
    const sql = await capture(
      prismaBin,
      ["migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
      { ...process.env, DATABASE_URL: databaseUrl },
    );
    if (!sql.split("\n").some((line) => line.trim() && !line.startsWith("--"))) {
      console.log("The schema has no change since the last migration.");
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(migrationsDir, `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), sql);
    const lock = path.join(migrationsDir, "migration_lock.toml");
    if (!existsSync(lock)) writeFileSync(lock, 'provider = "postgresql"\n');
    copyFileSync("prisma/schema.prisma", snapshot);
    console.log(`Created ${dir}/migration.sql and refreshed the snapshot.`);
  } finally {
    await server?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
