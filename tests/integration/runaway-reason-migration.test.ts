// The runaway_reason_code migration against a database with rows written before it: every
// migration before it is applied, old-style rows are inserted with SQL, then the migration itself.
import { randomBytes, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const MIGRATIONS = path.resolve(__dirname, "../../prisma/migrations");
const dirs = readdirSync(MIGRATIONS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const target = dirs.findIndex((name) => name.endsWith("_runaway_reason_code"));
const sqlOf = (dir: string) => readFileSync(path.join(MIGRATIONS, dir, "migration.sql"), "utf8");

const serverUrl = inject("postgresServerUrl");
const name = `migration_${randomBytes(6).toString("hex")}`;
let client: pg.Client;

// The risk reasons as the code wrote them before: a runaway's in the recorder's language.
const CASES = {
  fr: { riskLevel: "HIGH", riskReason: "Fugue" },
  en: { riskLevel: "HIGH", riskReason: "Ran away" },
  ar: { riskLevel: "HIGH", riskReason: "هروب" },
  seed: { riskLevel: "HIGH", riskReason: "Fugue du centre" },
  worker: { riskLevel: "MEDIUM", riskReason: "Signes de traite, employeur violent." },
  none: { riskLevel: "LOW", riskReason: null },
} as const;
const ids = Object.fromEntries(Object.keys(CASES).map((key) => [key, randomUUID()])) as Record<keyof typeof CASES, string>;

beforeAll(async () => {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  for (const dir of dirs.slice(0, target)) await client.query(sqlOf(dir));

  const org = randomUUID();
  const centre = randomUUID();
  const user = randomUUID();
  await client.query(`INSERT INTO "Organisation" ("id", "code", "name", "type") VALUES ($1, 'MASEF', 'MASEF', 'MASEF')`, [org]);
  await client.query(`INSERT INTO "Centre" ("id", "code", "name", "town", "capacity") VALUES ($1, 'NDB', 'CPISE NDB', 'NDB', 10)`, [centre]);
  await client.query(
    `INSERT INTO "User" ("id", "email", "name", "role", "organisationId", "passwordHash", "updatedAt") VALUES ($1, 'sw@test.example', 'SW', 'SOCIAL_WORKER', $2, 'x', now())`,
    [user, org],
  );
  let sequence = 0;
  for (const [key, row] of Object.entries(CASES) as [keyof typeof CASES, (typeof CASES)[keyof typeof CASES]][]) {
    sequence++;
    await client.query(
      `INSERT INTO "Case" ("id", "caseNumber", "centreId", "caseYear", "caseSequence", "firstName", "lastName", "sex", "dateOfBirth", "nationality",
         "languages", "separationType", "arrivalDate", "referralSource", "registeredById", "riskLevel", "riskReason", "updatedAt")
       VALUES ($1, $2, $3, 2026, $4, 'Mamadou', 'Diallo', 'MALE', '2012-03-14', 'GN', '{ff}', 'UNACCOMPANIED', '2026-10-02', 'POLICE', $5, $6, $7, now())`,
      [ids[key], `NDB-2026-${String(sequence).padStart(4, "0")}`, centre, sequence, user, row.riskLevel, row.riskReason],
    );
  }
  const event = (caseId: string, type: string, data: object) =>
    client.query(`INSERT INTO "CaseEvent" ("caseId", "type", "actorId", "data") VALUES ($1, $2, $3, $4)`, [caseId, type, user, JSON.stringify(data)]);
  await event(ids.ar, "case.riskSet", { riskLevel: "HIGH", reason: "هروب" });
  await event(ids.en, "case.riskSet", { riskLevel: "HIGH", reason: " Ran away " });
  await event(ids.worker, "case.riskSet", { riskLevel: "MEDIUM", reason: "Signes de traite, employeur violent." });
  // Another event's free text that happens to be the same word: not a risk reason, left alone.
  await event(ids.fr, "closure.rejected", { id: "c1", reason: "Fugue" });

  await client.query(sqlOf(dirs[target]));
});

afterAll(async () => {
  await client?.end();
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
});

describe("migration runaway_reason_code on existing rows", () => {
  it("is found among the migrations, after others", () => {
    expect(target).toBeGreaterThan(0);
  });

  it("turns a runaway's translated reason (fr, en, ar, the seed's) into RAN_AWAY without words, and keeps a worker's words as OTHER", async () => {
    const { rows } = await client.query<{ id: string; riskReasonCode: string | null; riskReason: string | null }>(
      `SELECT "id", "riskReasonCode"::text AS "riskReasonCode", "riskReason" FROM "Case"`,
    );
    const byKey = Object.fromEntries((Object.keys(ids) as (keyof typeof ids)[]).map((key) => [key, rows.find((r) => r.id === ids[key])]));
    for (const key of ["fr", "en", "ar", "seed"] as const) expect(byKey[key], key).toMatchObject({ riskReasonCode: "RAN_AWAY", riskReason: null });
    expect(byKey.worker).toMatchObject({ riskReasonCode: "OTHER", riskReason: "Signes de traite, employeur violent." });
    expect(byKey.none).toMatchObject({ riskReasonCode: null, riskReason: null });
  });

  it("gives the timeline's risk events the same code, and leaves other events alone", async () => {
    const { rows } = await client.query<{ caseId: string; type: string; data: Record<string, unknown> }>(`SELECT "caseId", "type", "data" FROM "CaseEvent" ORDER BY "id"`);
    expect(rows.map((r) => r.data)).toEqual([
      { riskLevel: "HIGH", reasonCode: "RAN_AWAY" },
      { riskLevel: "HIGH", reasonCode: "RAN_AWAY" },
      { riskLevel: "MEDIUM", reasonCode: "OTHER", reason: "Signes de traite, employeur violent." },
      { id: "c1", reason: "Fugue" },
    ]);
  });

  it("leaves the timeline append-only and refuses a reason whose words do not match its code", async () => {
    await expect(client.query(`UPDATE "CaseEvent" SET "type" = 'tampered'`)).rejects.toThrow(/append-only/);
    await expect(client.query(`UPDATE "Case" SET "riskReason" = 'Fugue' WHERE "id" = $1`, [ids.fr])).rejects.toThrow(/Case_risk_reason_words/);
    await expect(client.query(`UPDATE "Case" SET "riskReason" = NULL WHERE "id" = $1`, [ids.worker])).rejects.toThrow(/Case_risk_reason_words/);
    await expect(client.query(`UPDATE "Case" SET "riskReason" = 'x' WHERE "id" = $1`, [ids.none])).rejects.toThrow(/Case_risk_reason_words/);
  });
});
