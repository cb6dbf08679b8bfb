// Demo foster families of the NGOs, with their vetting status and monitoring visits.
// Idempotent like the rest of the seed: a family is created (with its visits) only when its
// organisation has no household of that name yet; an existing one is never changed, so what
// users did with it in the application stays. seed-placements.ts runs next and may place
// children in the approved families (look them up by organisation + householdName).
import type { FosterVettingStatus, PrismaClient } from "@/lib/generated/prisma/client";
import { DAY } from "./seed-children";
import type { SeedContext } from "./seed-context";
import { DEMO_TODAY } from "./seed-time";

type DemoVisit = { daysAgo: number; visitors?: string; observations: string; concerns?: string; suspends?: boolean; nextInDays: number | null };
type DemoFamily = {
  organisation: "NGO-SAHEL" | "NGO-AVENIR";
  caseworker: string;
  householdName: string;
  location: string;
  address: string;
  languages: string[];
  capacity: number;
  contactName: string;
  contactPhone: string;
  status: FosterVettingStatus;
  approvedDaysAgo?: number;
  suspension?: { daysAgo: number; reason: string };
  visits: DemoVisit[];
};

const SAHEL = "ong.sahel@cpise.demo";
const AVENIR = "ong.avenir@cpise.demo";

/** Stable household names: seed-placements.ts and the README refer to them. */
export const DEMO_FOSTER_FAMILIES: DemoFamily[] = [
  {
    organisation: "NGO-SAHEL",
    caseworker: SAHEL,
    householdName: "Famille Ould Mohamed",
    location: "Nouadhibou",
    address: "Numerowatt, îlot B, maison 14",
    languages: ["ar", "mey", "fr"],
    capacity: 3,
    contactName: "Zeinabou Mint Mohamed",
    contactPhone: "+222 46 12 34 56",
    status: "APPROVED",
    approvedDaysAgo: 190,
    // The last visit planned the next one 10 days ago: overdue on the demo day.
    visits: [
      { daysAgo: 120, observations: "Chambre prête pour deux enfants, bon accueil.", nextInDays: 30 },
      { daysAgo: 38, visitors: "Point focal MASEF Nouadhibou", observations: "Suivi scolaire assuré, enfants à l'aise.", nextInDays: 28 },
    ],
  },
  {
    organisation: "NGO-SAHEL",
    caseworker: SAHEL,
    householdName: "Famille Ba",
    location: "Nouakchott (Tevragh Zeina)",
    address: "Tevragh Zeina, rue 42-110",
    languages: ["ff", "fr", "ar"],
    capacity: 2,
    contactName: "Aïssata Ba",
    contactPhone: "+222 36 55 44 33",
    status: "APPROVED",
    approvedDaysAgo: 140,
    visits: [{ daysAgo: 17, observations: "Visite de routine : rien à signaler.", nextInDays: 30 }],
  },
  {
    organisation: "NGO-SAHEL",
    caseworker: SAHEL,
    householdName: "Famille Diagana",
    location: "Rosso",
    address: "Quartier Satara",
    languages: ["snk", "fr"],
    capacity: 2,
    contactName: "Moussa Diagana",
    contactPhone: "+222 22 70 80 90",
    status: "APPLIED",
    visits: [],
  },
  {
    organisation: "NGO-SAHEL",
    caseworker: SAHEL,
    householdName: "Famille Mint Sidi",
    location: "Nouadhibou",
    address: "Cansado, maison 7",
    languages: ["ar", "mey"],
    capacity: 2,
    contactName: "Lalla Mint Sidi",
    contactPhone: "+222 47 00 11 22",
    status: "SUSPENDED",
    approvedDaysAgo: 250,
    suspension: { daysAgo: 19, reason: "Enfant accueilli employé aux travaux domestiques au lieu d'aller à l'école." },
    visits: [
      { daysAgo: 80, observations: "Accueil correct.", nextInDays: 60 },
      {
        daysAgo: 19,
        visitors: "Assistante sociale du CPISE Nouadhibou",
        observations: "Visite inopinée après un signalement du voisinage.",
        concerns: "Enfant accueilli employé aux travaux domestiques au lieu d'aller à l'école.",
        suspends: true,
        nextInDays: 21,
      },
    ],
  },
  {
    organisation: "NGO-AVENIR",
    caseworker: AVENIR,
    householdName: "Famille Kane",
    location: "Kiffa",
    address: "Quartier Escale",
    languages: ["ar", "ff", "fr"],
    capacity: 2,
    contactName: "Hawa Kane",
    contactPhone: "+222 44 21 21 21",
    status: "APPROVED",
    approvedDaysAgo: 95,
    visits: [{ daysAgo: 12, observations: "Bonne intégration dans le quartier.", nextInDays: 30 }],
  },
  {
    organisation: "NGO-AVENIR",
    caseworker: AVENIR,
    householdName: "Famille Ould Cheikh",
    location: "Aleg",
    address: "Centre-ville, près du marché",
    languages: ["ar", "mey"],
    capacity: 1,
    contactName: "Ahmed Ould Cheikh",
    contactPhone: "+222 41 30 30 30",
    status: "ASSESSED",
    visits: [{ daysAgo: 25, observations: "Visite d'évaluation du logement : conforme.", nextInDays: null }],
  },
];

const daysAgo = (days: number) => new Date(DEMO_TODAY - days * DAY);

/** Returns a one-line summary for the seed's log. */
export async function seedFosterFamilies(db: PrismaClient, ctx: SeedContext): Promise<string> {
  let created = 0;
  for (const family of DEMO_FOSTER_FAMILIES) {
    const organisationId = ctx.organisations.get(family.organisation);
    const caseworkerId = ctx.users.get(family.caseworker);
    if (!organisationId || !caseworkerId) throw new Error(`Seed: missing ${family.organisation} or ${family.caseworker}`);
    const existing = await db.fosterFamily.findFirst({ where: { organisationId, householdName: family.householdName }, select: { id: true } });
    if (existing) continue;
    const lastVisit = family.visits.at(-1);
    await db.fosterFamily.create({
      data: {
        organisationId,
        householdName: family.householdName,
        location: family.location,
        address: family.address,
        languages: family.languages,
        capacity: family.capacity,
        contactName: family.contactName,
        contactPhone: family.contactPhone,
        vettingStatus: family.status,
        approvedAt: family.approvedDaysAgo ? daysAgo(family.approvedDaysAgo) : null,
        suspendedAt: family.suspension ? new Date(DEMO_TODAY - family.suspension.daysAgo * DAY + 15 * 3_600_000) : null,
        suspensionReason: family.suspension?.reason ?? null,
        nextVisitDueAt: lastVisit && lastVisit.nextInDays !== null ? daysAgo(lastVisit.daysAgo - lastVisit.nextInDays) : null,
        createdById: caseworkerId,
        createdAt: daysAgo(family.approvedDaysAgo ? family.approvedDaysAgo + 40 : 30),
        visits: {
          create: family.visits.map((visit) => ({
            date: daysAgo(visit.daysAgo),
            visitedById: caseworkerId,
            visitors: visit.visitors ?? null,
            observations: visit.observations,
            concerns: visit.concerns ?? null,
            suspendedFamily: visit.suspends ?? false,
            nextVisitDueAt: visit.nextInDays === null ? null : daysAgo(visit.daysAgo - visit.nextInDays),
            createdAt: daysAgo(visit.daysAgo),
          })),
        },
      },
    });
    created++;
  }
  return `${DEMO_FOSTER_FAMILIES.length} foster families (${created} created)`;
}
