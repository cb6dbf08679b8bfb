// Creates a migration offline (never `prisma migrate dev` here, see docs/adr/0002):
//   npm run db:migration -- <name>
// writes prisma/migrations/<UTC timestamp>_<name>/migration.sql from the diff between the
// snapshot of the last migration's schema and prisma/schema.prisma, then refreshes the snapshot.
// Hand-written SQL (CHECKs, triggers, partial indexes) is appended to the generated file.
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { diffSnapshotToSchema, hasStatements, MIGRATIONS_DIR, SNAPSHOT } from "./lib/schema-diff";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  console.error("usage: npm run db:migration -- <name>");
  process.exit(1);
}

async function main() {
  const sql = await diffSnapshotToSchema();
  if (!hasStatements(sql)) {
    console.log("The schema has no change since the last migration.");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  const lock = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  if (!existsSync(lock)) writeFileSync(lock, 'provider = "postgresql"\n');
  copyFileSync("prisma/schema.prisma", SNAPSHOT);
  console.log(`Created ${dir}/migration.sql and refreshed the snapshot.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
