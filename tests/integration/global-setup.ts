// One real PostgreSQL per test run (fresh, in a temporary folder), with a migrated template
// database; every test file then gets its own copy (database-per-file.ts).
import type { TestProject } from "vitest/node";
import { migrate } from "@/scripts/lib/database";
import { freePort, startPostgres, temporaryDataDir } from "@/scripts/lib/postgres";

export const TEMPLATE_DATABASE = "cpise_template";

declare module "vitest" {
  export interface ProvidedContext {
    postgresServerUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startPostgres({
    dataDir: temporaryDataDir(),
    port: await freePort(),
    password: "integration-tests",
    persistent: false,
    quiet: true,
  });
  await server.createDatabase(TEMPLATE_DATABASE);
  await migrate(server.url(TEMPLATE_DATABASE));
  project.provide("postgresServerUrl", server.url("postgres"));
  return async () => {
    await server.stop();
  };
}
