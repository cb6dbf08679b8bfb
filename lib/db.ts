import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

function createClient() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set (npm start sets it; see README).");
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

// One client per process (dev hot reloads would otherwise open a pool per reload), created on
// first use: `next build` imports this module without a database to talk to.
const globalForPrisma = globalThis as unknown as { prisma?: ReturnType<typeof createClient> };
function client() {
  globalForPrisma.prisma ??= createClient();
  return globalForPrisma.prisma;
}

export const db = new Proxy({} as ReturnType<typeof createClient>, {
  get(_target, property) {
    const instance = client();
    const value = Reflect.get(instance, property, instance);
    return typeof value === "function" ? value.bind(instance) : value;
  },
});

export type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];
