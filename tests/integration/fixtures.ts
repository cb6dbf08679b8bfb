// A small world for DAL tests: two centres, one user per role (two social workers in NDB),
// two NGOs. Each test file has its own database, so the codes can be fixed.
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

export const TEST_PASSWORD = "Correct-Horse-42";

const USERS = {
  swNdb: { role: "SOCIAL_WORKER", org: "MASEF", centres: ["NDB"] },
  sw2Ndb: { role: "SOCIAL_WORKER", org: "MASEF", centres: ["NDB"] },
  swNkn: { role: "SOCIAL_WORKER", org: "MASEF", centres: ["NKN"] },
  supNdb: { role: "CENTRE_SUPERVISOR", org: "MASEF", centres: ["NDB"] },
  supNkn: { role: "CENTRE_SUPERVISOR", org: "MASEF", centres: ["NKN"] },
  national: { role: "NATIONAL_SUPERVISOR", org: "MASEF", centres: [] },
  bid: { role: "BID_COORDINATOR", org: "IOM", centres: [] },
  panel: { role: "PANEL_MEMBER", org: "IOM", centres: [] },
  panel2: { role: "PANEL_MEMBER", org: "MASEF", centres: [] },
  panel3: { role: "PANEL_MEMBER", org: "NGO-A", centres: [] },
  panel4: { role: "PANEL_MEMBER", org: "NGO-B", centres: [] },
  ngoA: { role: "NGO_CASEWORKER", org: "NGO-A", centres: [] },
  ngoB: { role: "NGO_CASEWORKER", org: "NGO-B", centres: [] },
  me: { role: "ME_OFFICER", org: "IOM", centres: [] },
  admin: { role: "ADMINISTRATOR", org: "MASEF", centres: [] },
} satisfies Record<string, { role: Role; org: OrganisationCode; centres: CentreCode[] }>;

type OrganisationCode = "MASEF" | "IOM" | "NGO-A" | "NGO-B";
type CentreCode = "NDB" | "NKN";
export type UserKey = keyof typeof USERS;
export type World = {
  actors: Record<UserKey, Actor>;
  centres: Record<CentreCode, string>;
  organisations: Record<OrganisationCode, string>;
};

export async function createWorld(): Promise<World> {
  const organisations = {} as World["organisations"];
  for (const [code, type] of [["MASEF", "MASEF"], ["IOM", "IOM"], ["NGO-A", "NGO"], ["NGO-B", "NGO"]] as const) {
    organisations[code] = (await db.organisation.create({ data: { code, name: code, type } })).id;
  }
  const centres = {} as World["centres"];
  for (const code of ["NDB", "NKN"] as const) {
    centres[code] = (await db.centre.create({ data: { code, name: `CPISE ${code}`, town: code, capacity: 10 } })).id;
  }
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const actors = {} as World["actors"];
  for (const [key, spec] of Object.entries(USERS) as [UserKey, (typeof USERS)[UserKey]][]) {
    const user = await db.user.create({
      data: {
        email: `${key.toLowerCase()}@test.example`,
        name: key,
        role: spec.role,
        organisationId: organisations[spec.org],
        passwordHash,
        centres: { create: spec.centres.map((code) => ({ centreId: centres[code] })) },
      },
    });
    actors[key] = (await loadActor(user.id))!;
  }
  return { actors, centres, organisations };
}

export function validChild(overrides: Record<string, unknown> = {}) {
  return {
    firstName: "Mamadou",
    lastName: "Diallo",
    sex: "MALE",
    dobKnown: "exact",
    dateOfBirth: "2012-03-14",
    nationality: "GN",
    languages: ["ff", "fr"],
    separationType: "UNACCOMPANIED",
    arrivalDate: "2026-10-02",
    referralSource: "POLICE",
    ...overrides,
  };
}

export async function counts() {
  const [cases, auditEvents, accessLogs] = await Promise.all([
    db.case.count(),
    db.auditEvent.count(),
    db.caseAccessLog.count(),
  ]);
  return { cases, auditEvents, accessLogs };
}
