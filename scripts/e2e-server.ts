// The server the end-to-end tests run against: a fresh embedded PostgreSQL in a temporary
// folder, migrated and seeded with the demo data, and the production build (`next build` first).
import { randomBytes } from "node:crypto";
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { e2eDatabaseUrlFile } from "./lib/e2e-database-url";
import { migrate, seedDatabase } from "./lib/database";
import { freePort, startPostgres, temporaryDataDir } from "./lib/postgres";

async function main() {
  const port = process.env.E2E_PORT ?? "3100";
  const server = await startPostgres({
    dataDir: temporaryDataDir(),
    port: await freePort(),
    password: randomBytes(12).toString("hex"),
    persistent: false,
    quiet: true,
  });
  await server.createDatabase("cpise_e2e");
  const databaseUrl = server.url("cpise_e2e");
  await migrate(databaseUrl);
  await seedDatabase(databaseUrl, { demo: true });
  // Specs that need an account of their own (one whose password they change) create it there (tests/e2e/database.ts).
  writeFileSync(e2eDatabaseUrlFile(port), databaseUrl, { mode: 0o600 });

  const app = spawn("node_modules/.bin/next", ["start", "-p", port, "-H", "127.0.0.1"], {
    stdio: "inherit",
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      AUTH_TRUST_HOST: "true",
    },
  });
  const stop = async () => {
    app.kill("SIGTERM");
    await server.stop();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  app.on("exit", async (code) => {
    await server.stop();
    process.exit(code ?? 1);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
