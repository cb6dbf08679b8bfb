// The SQL that takes the database from the last migration's schema (the snapshot) to
// prisma/schema.prisma. `prisma migrate diff` connects to a database even to diff two files,
// so a throw-away embedded server is started when DATABASE_URL is not set.
import { existsSync } from "node:fs";
import path from "node:path";
import { freePort, startPostgres, temporaryDataDir } from "./postgres";
import { capture, prismaBin } from "./run";

export const MIGRATIONS_DIR = path.join("prisma", "migrations");
export const SNAPSHOT = path.join(MIGRATIONS_DIR, "schema.snapshot.prisma");

export async function diffSnapshotToSchema(): Promise<string> {
  const server = process.env.DATABASE_URL
    ? null
    : await startPostgres({ dataDir: temporaryDataDir(), port: await freePort(), password: "diff", persistent: false, quiet: true });
  const databaseUrl = process.env.DATABASE_URL ?? server!.url("postgres");
  try {
    const from = existsSync(SNAPSHOT) ? ["--from-schema-datamodel", SNAPSHOT] : ["--from-empty"];
    return await capture(
      prismaBin,
      ["migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
      { ...process.env, DATABASE_URL: databaseUrl },
    );
  } finally {
    await server?.stop();
  }
}

/** True when the diff holds a statement (not only comments). */
export function hasStatements(sql: string): boolean {
  return sql.split("\n").some((line) => line.trim() && !line.trim().startsWith("--"));
}
