// Migrate and seed a database: shared by `npm start`, the end-to-end test server and tests.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { seed } from "@/prisma/seed";
import { prismaBin, run } from "./run";

export async function migrate(databaseUrl: string): Promise<void> {
  await run(prismaBin, ["migrate", "deploy"], { ...process.env, DATABASE_URL: databaseUrl });
}

export async function seedDatabase(databaseUrl: string, options: { demo: boolean }): Promise<void> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    await seed(db, options);
  } finally {
    await db.$disconnect();
  }
}
