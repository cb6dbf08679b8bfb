import "dotenv/config";
import { defineConfig } from "prisma/config";
// adapter-pg 6.19.3 cannot decode the `name` columns the wasm schema engine reads; 7.x can.
// This aliased copy is used only by the CLI; the app uses @prisma/adapter-pg 6.19.3.
import { PrismaPg } from "prisma-adapter-pg-migrate";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL! }),
});
