// Helpers for the assessment, case-plan, closure and approvals tests: cases at a given step,
// the case version a form would carry, and row counts to prove that a refused write wrote nothing.
import { decideAssessment } from "@/lib/assessments/decide-assessment";
import { submitAssessment } from "@/lib/assessments/submit-assessment";
import type { Actor } from "@/lib/auth/actor";
import { registerChild } from "@/lib/cases/register-child";
import { toIsoDate, todayUtc } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { validChild, type World } from "./fixtures";

export async function newCase(actor: Actor): Promise<string> {
  const result = await registerChild(actor, validChild());
  if (!result.ok) throw new Error("registration failed");
  return result.data.caseId;
}

export async function caseVersion(caseId: string): Promise<number> {
  return (await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { version: true } })).version;
}

export async function caseRow(caseId: string) {
  return db.case.findUniqueOrThrow({ where: { id: caseId } });
}

export const completeAssessment = {
  interviewDate: toIsoDate(todayUtc()),
  interviewLanguage: "ff",
  interpreterUsed: "yes",
  interpreterName: "Oumar Diallo",
  childViews: "Je veux retrouver ma mère à Conakry.",
  caregiverViews: "La tante est prête à l'accueillir.",
  factors: { safety: { risks: "Rue", protective: "Centre" }, family: { risks: "", protective: "Mère joignable" } },
  options: "Réunification ; placement familial",
  recommendation: "Réunification familiale",
  bidRequired: "yes",
  bidReason: "Solution durable pour un enfant non accompagné",
};

export function inDays(days: number): string {
  return toIsoDate(new Date(todayUtc().getTime() + days * 86_400_000));
}

/** A case registered by the NDB worker whose assessment the NDB supervisor approved (status CASE_PLAN). */
export async function caseWithApprovedAssessment(world: World): Promise<string> {
  const { swNdb, supNdb } = world.actors;
  const caseId = await newCase(swNdb);
  const submitted = await submitAssessment(swNdb, caseId, { ...completeAssessment, caseVersion: await caseVersion(caseId) });
  if (!submitted.ok) throw new Error("submit failed");
  const approved = await decideAssessment(supNdb, caseId, { decision: "approve", caseVersion: await caseVersion(caseId) });
  if (!approved.ok) throw new Error("approval failed");
  return caseId;
}

/** Everything a write could leave behind. */
export async function rowCounts() {
  const [assessments, casePlans, goals, closures, caseEvents, auditEvents, versions] = await Promise.all([
    db.assessment.count(),
    db.casePlan.count(),
    db.casePlanGoal.count(),
    db.caseClosure.count(),
    db.caseEvent.count(),
    db.auditEvent.count(),
    db.case.aggregate({ _sum: { version: true } }),
  ]);
  return { assessments, casePlans, goals, closures, caseEvents, auditEvents, versionSum: versions._sum.version };
}

export async function eventTypes(caseId: string): Promise<string[]> {
  const events = await db.caseEvent.findMany({ where: { caseId }, orderBy: { id: "asc" }, select: { type: true } });
  return events.map((event) => event.type);
}
