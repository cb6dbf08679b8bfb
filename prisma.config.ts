import "dotenv/config";
import { defineConfig } from "prisma/config";
// adapter-pg 6.19.3 cannot decode the `name` columns the wasm schema engine reads; 7.x can.
// This aliased copy is used only by the CLI; the app uses @prisma/adapter-pg 6.19.3.
import { PrismaPg } from "prisma-adapter-pg-migrate";

/**
 * The adapter runs a migration script by splitting it on ";", which breaks dollar-quoted
 * function bodies (our append-only triggers). Send the script whole instead: PostgreSQL runs a
 * multi-statement simple query as one implicit transaction, so a migration applies entirely or
 * not at all.
 */
class PrismaPgWholeScripts extends PrismaPg {
  async connect() {
    const adapter = await super.connect();
    const client = (adapter as unknown as { client: { query: (sql: string) => Promise<unknown> } }).client;
    adapter.executeScript = async (script: string) => {
      try {
        await client.query(script);
      } catch (error) {
        (adapter as unknown as { onError: (e: unknown) => never }).onError(error);
      }
    };
    return adapter;
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  adapter: async () => new PrismaPgWholeScripts({ connectionString: process.env.DATABASE_URL! }),
});
