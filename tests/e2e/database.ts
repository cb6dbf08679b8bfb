// The end-to-end database, for the few specs that need an account of their own: a spec that
// changes a password or ends every session must not do it to a demo account other specs sign in
// with (specs run in parallel on one database).
import { readFileSync } from "node:fs";
import pg from "pg";
import { e2eDatabaseUrlFile } from "@/scripts/lib/e2e-database-url";
import { uniqueName } from "./support";

async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: readFileSync(e2eDatabaseUrlFile(process.env.E2E_PORT ?? "3100"), "utf8") });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A new account that is a copy of a demo account (role, organisation, centres and password, the
 * demo one) under a new name and e-mail; returns its e-mail and name.
 */
export async function copyDemoAccount(demoEmail: string, name = uniqueName("Compte ")): Promise<{ email: string; name: string }> {
  const email = `${name.toLowerCase().replace(/[^a-z]+/g, ".")}@e2e.test`;
  await withDatabase(async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "User" ("id", "email", "name", "role", "organisationId", "passwordHash", "updatedAt")
       SELECT gen_random_uuid(), $2, $3, "role", "organisationId", "passwordHash", now() FROM "User" WHERE "email" = $1
       RETURNING "id"`,
      [demoEmail, email, name],
    );
    if (rows.length !== 1) throw new Error(`no demo account ${demoEmail}`);
    await client.query(
      `INSERT INTO "UserCentre" ("userId", "centreId") SELECT $1::uuid, uc."centreId" FROM "UserCentre" uc JOIN "User" u ON u."id" = uc."userId" WHERE u."email" = $2`,
      [rows[0].id, demoEmail],
    );
  });
  return { email, name };
}
