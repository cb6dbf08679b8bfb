// Creates the demo children that are missing, each with its whole case file (registration
// details, assessments, plan, notes, closure, consent shares, timeline, due dates), in one
// transaction. Children already present are never touched: a second run creates nothing.
import { randomUUID } from "node:crypto";
import { nameSearchKey } from "@/lib/cases/name-search";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { REFERRAL_ORGANISATION, demoChildren, demoReferrals, type DemoChild } from "./seed-children";
import { caseHistory, historyVariants } from "./seed-history";
import { profileChildren } from "./seed-profile";

export type SeedIds = { users: Map<string, string>; organisations: Map<string, string>; centres: Map<string, string> };

export function idOf(ids: Map<string, string>, key: string, what: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Seed: unknown ${what} ${key}`);
  return id;
}

/** What the registration form records, as generated. */
function registration(c: DemoChild) {
  return {
    caseNumber: c.caseNumber,
    caseYear: c.caseYear,
    caseSequence: c.caseSequence,
    firstName: c.firstName,
    lastName: c.lastName,
    otherNames: c.otherNames,
    sex: c.sex,
    dateOfBirth: c.dateOfBirth,
    dateOfBirthEstimated: c.dateOfBirthEstimated,
    nationality: c.nationality,
    languages: c.languages,
    separationType: c.separationType,
    arrivalDate: c.arrivalDate,
    referralSource: c.referralSource,
    status: c.status,
    riskLevel: c.riskLevel,
  };
}

export type CasesSeeded = { children: number; created: number; records: number };

export async function seedDemoCases(db: PrismaClient, ids: SeedIds): Promise<CasesSeeded> {
  const children = profileChildren(demoChildren());
  const variants = historyVariants(children);
  const sharedWithNgo = new Set(demoReferrals(children).filter((r) => r.consentToShare).map((r) => r.caseNumber));
  const resolve = {
    user: (email: string) => idOf(ids.users, email, "user"),
    organisation: (code: string) => idOf(ids.organisations, code, "organisation"),
  };

  return db.$transaction(
    async (tx) => {
      const taken = new Set(
        (await tx.case.findMany({ where: { caseNumber: { in: children.map((c) => c.caseNumber) } }, select: { caseNumber: true } })).map(
          (c) => c.caseNumber,
        ),
      );
      const missing = children
        .filter((c) => !taken.has(c.caseNumber))
        .map((child) => {
          const id = randomUUID();
          const options = { variants, sharedWithNgo: sharedWithNgo.has(child.caseNumber) ? REFERRAL_ORGANISATION : null, resolve };
          return { child, id, history: caseHistory(child, id, options) };
        });
      if (missing.length === 0) return { children: children.length, created: 0, records: 0 };

      await tx.case.createMany({
        data: missing.map(({ id, child, history }): Prisma.CaseCreateManyInput => ({
          id,
          ...registration(child),
          ...child.profile,
          ...history.caseFields,
          searchName: nameSearchKey(child),
          centreId: idOf(ids.centres, child.centreCode, "centre"),
          registeredById: resolve.user(child.registeredBy),
          assignedWorkerId: child.assignedTo ? resolve.user(child.assignedTo) : null,
          createdAt: child.arrivalDate,
        })),
      });
      const histories = missing.map((m) => m.history);
      // Parents before children: plans before their goals, every record before the events naming it.
      const counts = [
        await tx.assessment.createMany({ data: histories.flatMap((h) => h.assessments) }),
        await tx.casePlan.createMany({ data: histories.flatMap((h) => h.casePlans) }),
        await tx.casePlanGoal.createMany({ data: histories.flatMap((h) => h.goals) }),
        await tx.caseNote.createMany({ data: histories.flatMap((h) => h.notes) }),
        await tx.caseClosure.createMany({ data: histories.flatMap((h) => h.closures) }),
        await tx.caseConsentShare.createMany({ data: histories.flatMap((h) => h.consentShares) }),
        await tx.caseEvent.createMany({ data: histories.flatMap((h) => h.events) }),
      ];
      return { children: children.length, created: missing.length, records: counts.reduce((sum, { count }) => sum + count, 0) };
    },
    { timeout: 60_000 },
  );
}
