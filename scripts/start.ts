// `npm start`: one command from a fresh clone to a running app with demo data.
//   - secrets: generated on first run into .data/secrets.env (git-ignored)
//   - database: DATABASE_URL if set; otherwise an embedded PostgreSQL in .data/postgres
//   - migrations applied, demo data seeded (idempotent), app served on http://localhost:3000
// `npm run dev` does the same with `next dev` instead of a production build.
import { spawn } from "node:child_process";
import { DEMO_PASSWORD, DEMO_USERS } from "@/prisma/demo-data";
import { migrate, seedDatabase } from "./lib/database";
import { persistentDataDir, startPostgres, type RunningPostgres } from "./lib/postgres";
import { run } from "./lib/run";
import { loadOrCreateSecrets } from "./lib/secrets";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const projectDir = process.cwd();

async function main() {
  const secrets = loadOrCreateSecrets(projectDir);
  let embedded: RunningPostgres | null = null;
  let databaseUrl = process.env.DATABASE_URL;
  // Demo accounts and fictitious children go into the embedded database; into a DATABASE_URL
  // server only when asked for (SEED_DEMO_DATA=1), so a production database never gets them.
  const demo = !databaseUrl || process.env.SEED_DEMO_DATA === "1";
  if (databaseUrl) {
    console.log(`Using the PostgreSQL server in DATABASE_URL${demo ? " (with demo data)" : " (no demo data; SEED_DEMO_DATA=1 adds it)"}.`);
  } else {
    const dataDir = persistentDataDir(projectDir);
    const pgPort = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
    console.log(`Starting the embedded PostgreSQL (data in ${dataDir}, port ${pgPort})…`);
    embedded = await startPostgres({ dataDir, port: pgPort, password: secrets.EMBEDDED_PG_PASSWORD, persistent: true });
    await embedded.createDatabase("cpise");
    databaseUrl = embedded.url("cpise");
  }

  await migrate(databaseUrl);
  await seedDatabase(databaseUrl, { demo });

  const env = { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: secrets.AUTH_SECRET, AUTH_TRUST_HOST: "true" };
  if (!dev) await run("node_modules/.bin/next", ["build"], env);

  const app = spawn("node_modules/.bin/next", [dev ? "dev" : "start", "-p", port], { stdio: "inherit", env });
  if (demo) printLogins();

  const shutdown = async () => {
    app.kill("SIGTERM");
    await embedded?.stop();
    process.exit(0);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  app.on("exit", async (code) => {
    await embedded?.stop();
    process.exit(code ?? 0);
  });
}

function printLogins() {
  const width = Math.max(...DEMO_USERS.map((u) => u.email.length));
  console.log(`\nCPISE case management: http://localhost:${port}\nDemo logins (password for all: ${DEMO_PASSWORD})`);
  for (const user of DEMO_USERS) {
    const where = user.centres.length ? ` [${user.centres.join(", ")}]` : "";
    console.log(`  ${user.email.padEnd(width)}  ${user.role}${where} — ${user.name}`);
  }
  console.log("");
}

main().catch(async (error) => {
  console.error(error);
  process.exit(1);
});
