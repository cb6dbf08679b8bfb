// Demo data: the organisations, centres and accounts of prisma/demo-data.ts plus about sixty
// fictitious children spread over the seven centres, each with a case file as far as their status
// (seed-children.ts, seed-profile.ts, seed-history.ts). scripts/start.ts creates the client and
// calls seed(); this module neither creates a client nor runs by itself.
//
// Idempotent: organisations and centres are upserted by code, accounts by email, children (with
// their whole case file) are created only when their case number is free, referrals only when
// missing. A second run changes nothing. AuditEvent and CaseAccessLog (append-only) are never
// touched; CaseEvent only gets the timelines of the children created in the same run.
import { hash, verify } from "@node-rs/argon2";
import { nameSearchKey } from "@/lib/cases/name-search";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { CENTRES, DEMO_PASSWORD, DEMO_USERS, ORGANISATIONS } from "@/prisma/demo-data";
import { idOf, seedDemoCases } from "./seed-cases";
import { REFERRAL_ORGANISATION, demoChildren, demoReferrals, supervisorOf } from "./seed-children";
import { seedBid } from "./seed-bid";
import { seedBidSessions } from "./seed-bid-sessions";
import type { SeedContext } from "./seed-context";
import { seedFosterFamilies } from "./seed-foster";
import { referralDate } from "./seed-history";
import { seedPlacements } from "./seed-placements";

// Same parameters as lib/auth/password.ts (which cannot be imported here: it is "server-only").
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

async function passwordMatches(passwordHash: string): Promise<boolean> {
  try {
    return await verify(passwordHash, DEMO_PASSWORD);
  } catch {
    return false;
  }
}

/**
 * Reference data (organisations, the seven centres) always; demo accounts and fictitious
 * children only when `demo` is true — never on a production database by accident.
 */
export async function seed(db: PrismaClient, options: { demo: boolean } = { demo: true }): Promise<void> {
  // 1. Organisations and centres.
  const [organisations, centres] = await Promise.all([
    Promise.all(
      ORGANISATIONS.map(({ code, name, nameAr, type }) =>
        db.organisation.upsert({ where: { code }, create: { code, name, nameAr, type }, update: { name, nameAr, type }, select: { id: true, code: true } }),
      ),
    ),
    Promise.all(
      // Once a centre exists, its name, region, capacity and activity are the administrator's
      // (/admin/centres, capacity changes with their history): a re-seed only fills a missing region.
      CENTRES.map(async ({ code, name, town, region, capacity }) => {
        const centre = await db.centre.upsert({ where: { code }, create: { code, name, town, region, capacity }, update: {}, select: { id: true, code: true } });
        await db.centre.updateMany({ where: { code, region: "" }, data: { region } });
        return centre;
      }),
    ),
  ]);
  const organisationIds = new Map(organisations.map((o) => [o.code, o.id]));
  const centreIds = new Map(centres.map((c) => [c.code, c.id]));
  const searchNamesSet = await fillSearchNames(db);
  if (!options.demo) {
    console.log(`Seed: ${organisations.length} organisations, ${centres.length} centres, ${searchNamesSet} search names set (no demo data).`);
    return;
  }

  // 2. Demo accounts: usable again after every seed (active, unlocked, demo password, no second factor).
  const emails = DEMO_USERS.map((u) => u.email.toLowerCase());
  const existingUsers = new Map(
    (
      await db.user.findMany({
        where: { email: { in: emails } },
        select: { id: true, email: true, name: true, role: true, organisationId: true, active: true, failedLoginCount: true, lockedUntil: true, passwordHash: true, totpSecret: true },
      })
    ).map((u) => [u.email, u]),
  );
  let usersCreated = 0;
  let usersUpdated = 0;
  const users = await Promise.all(
    DEMO_USERS.map(async (demo) => {
      const email = demo.email.toLowerCase();
      const organisationId = idOf(organisationIds, demo.organisation, "organisation");
      const current = existingUsers.get(email);
      if (!current) {
        usersCreated++;
        const passwordHash = await hash(DEMO_PASSWORD, ARGON2);
        return db.user.upsert({
          where: { email },
          create: { email, name: demo.name, role: demo.role, organisationId, passwordHash },
          update: {},
          select: { id: true, email: true },
        });
      }
      const data: Prisma.UserUncheckedUpdateInput = {};
      if (current.name !== demo.name) data.name = demo.name;
      if (current.role !== demo.role) data.role = demo.role;
      if (current.organisationId !== organisationId) data.organisationId = organisationId;
      if (!current.active) data.active = true;
      if (current.failedLoginCount !== 0) data.failedLoginCount = 0;
      if (current.lockedUntil !== null) data.lockedUntil = null;
      if (current.totpSecret !== null) Object.assign(data, { totpSecret: null, totpEnabledAt: null, totpLastStep: null, recoveryCodes: { deleteMany: {} } });
      if (current.passwordHash === null || !(await passwordMatches(current.passwordHash))) data.passwordHash = await hash(DEMO_PASSWORD, ARGON2);
      if (Object.keys(data).length > 0) {
        usersUpdated++;
        await db.user.update({ where: { id: current.id }, data });
      }
      return { id: current.id, email };
    }),
  );
  const userIds = new Map(users.map((u) => [u.email, u.id]));
  await seedDemoSecurity(db);
  await db.userCentre.createMany({
    data: DEMO_USERS.flatMap((u) =>
      u.centres.map((code) => ({ userId: idOf(userIds, u.email.toLowerCase(), "user"), centreId: idOf(centreIds, code, "centre") })),
    ),
    skipDuplicates: true,
  });

  // 3. Children with their case files, created only under case numbers that are still free.
  const cases = await seedDemoCases(db, { users: userIds, organisations: organisationIds, centres: centreIds });

  // 4. Numbering: the next registration in a centre and year follows the highest number in use.
  const sequencesRaised = await db.$executeRaw`
    INSERT INTO "CaseNumberSequence" ("centreId", "year", "last")
    SELECT "centreId", "caseYear", MAX("caseSequence") FROM "Case" GROUP BY "centreId", "caseYear"
    ON CONFLICT ("centreId", "year") DO UPDATE SET "last" = GREATEST("CaseNumberSequence"."last", EXCLUDED."last")
    WHERE "CaseNumberSequence"."last" < EXCLUDED."last"`;

  // 5. Referrals to NGO-SAHEL. Created when missing, never updated. Consent to share with the NGO
  // (CaseConsentShare) comes with the case file of a child created in this run, for the first
  // referrals only: a consent withdrawn in the application must not come back at the next start.
  const children = demoChildren();
  const referrals = demoReferrals(children);
  const byNumber = new Map(children.map((c) => [c.caseNumber, c]));
  const referredCases = await db.case.findMany({
    where: { caseNumber: { in: referrals.map((r) => r.caseNumber) } },
    select: { id: true, caseNumber: true, firstName: true, lastName: true },
  });
  const referredIds = new Map(
    referredCases
      // Only the seed's own children, should a number have been taken by a real registration.
      .filter((c) => byNumber.get(c.caseNumber)?.firstName === c.firstName && byNumber.get(c.caseNumber)?.lastName === c.lastName)
      .map((c) => [c.caseNumber, c.id]),
  );
  const organisationId = idOf(organisationIds, REFERRAL_ORGANISATION, "organisation");
  const { count: referralsCreated } = await db.caseReferral.createMany({
    data: referrals.flatMap(({ caseNumber }) => {
      const caseId = referredIds.get(caseNumber);
      const child = byNumber.get(caseNumber)!;
      if (!caseId) return [];
      return [{ caseId, organisationId, createdById: idOf(userIds, supervisorOf(child.centreCode), "user"), createdAt: referralDate(child) }];
    }),
    skipDuplicates: true,
  });

  // 6. Foster families, placements, then BID panels: roster and referrals, then sessions.
  const context: SeedContext = { users: userIds, organisations: organisationIds, centres: centreIds };
  const fosterSummary = await seedFosterFamilies(db, context);
  const placementsSummary = await seedPlacements(db, context);
  const bidSummary = await seedBid(db, context);
  const bidSessionsSummary = await seedBidSessions(db, context);

  console.log(
    `Seed: ${organisations.length} organisations, ${centres.length} centres, ` +
      `${users.length} demo accounts (${usersCreated} created, ${usersUpdated} updated), ` +
      `${cases.children} demo children (${cases.created} created with ${cases.records} case file records), ` +
      `${sequencesRaised} case number counters raised, ` +
      `${referrals.length} ${REFERRAL_ORGANISATION} referrals (${referralsCreated} created), ${searchNamesSet} search names set, ${fosterSummary}, ${placementsSummary}, ${bidSummary}, ${bidSessionsSummary}.`,
  );
}

/**
 * The demo signs in with the password alone: no role requires two-step sign-in (the default
 * without this setting requires it of administrators and national supervisors). An administrator
 * can require it again under Security settings; the next seed lifts it again. The idle timeout
 * the administrator chose is kept.
 */
async function seedDemoSecurity(db: PrismaClient) {
  const key = "security";
  const current = await db.setting.findUnique({ where: { key } });
  const idle = (current?.value as { idleTimeoutMinutes?: unknown } | undefined)?.idleTimeoutMinutes;
  const value = { twoFactorRequiredRoles: [], idleTimeoutMinutes: typeof idle === "number" ? idle : 15 };
  await db.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
}

/**
 * Cases saved before names were indexed for search get their key, one row at a time; only rows
 * still without one, so a second run finds nothing to do. updatedAt and version stay as they
 * were: this is not an edit of the case.
 */
async function fillSearchNames(db: PrismaClient): Promise<number> {
  const unnamed = await db.case.findMany({ where: { searchName: "" }, select: { id: true, firstName: true, lastName: true, otherNames: true } });
  let updated = 0;
  for (const row of unnamed) {
    const key = nameSearchKey(row);
    if (key) updated += await db.$executeRaw`UPDATE "Case" SET "searchName" = ${key} WHERE "id" = ${row.id}::uuid AND "searchName" = ''`;
  }
  return updated;
}
