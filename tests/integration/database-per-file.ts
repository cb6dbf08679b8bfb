// Runs before each integration test file: a fresh database copied from the migrated template,
// so files never see each other's rows and can run in parallel.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, afterEach, expect, inject } from "vitest";

const serverUrl = inject("postgresServerUrl");
const name = `test_${randomBytes(6).toString("hex")}`;
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}" TEMPLATE "cpise_template"`);
await admin.end();

const url = new URL(serverUrl);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();
// The indicator report's rounding key is derived from it (ADR 0017); random, so tests assert properties, not draws.
process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
});

// Two queries at once on one connection (Promise.all inside an interactive transaction) make pg
// queue the second and warn that pg 9 will refuse it. A test whose code does that fails here,
// instead of a one-line warning nobody can trace back to its cause.
const parallelQueryWarnings: string[] = [];
process.on("warning", (warning) => {
  if (warning.message.includes("client is already executing a query")) parallelQueryWarnings.push(warning.message);
});
afterEach(async () => {
  // Warnings are emitted on the next tick: let them arrive before looking.
  await new Promise((resolve) => setImmediate(resolve));
  expect(parallelQueryWarnings.splice(0), "parallel queries on one transaction client").toEqual([]);
});
