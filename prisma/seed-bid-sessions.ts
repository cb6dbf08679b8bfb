// Demo BID sessions, panel side. Runs after seed-bid.ts (roster, referrals).
// Idempotent: each session carries a marker in `notes`; an existing one is left as it is.
//
//  - PUBLISHED session in three days (chair panel.masef; members panel.hcr, panel.oim,
//    panel.sahel): agenda = the first three READY queued referrals by case number (see the
//    comment at the top of seed-bid.ts: ALG-2025-0003, KIF-2026-0001, NDB-2025-0005) → SCHEDULED.
//    Used by tests/e2e/bid-panel.spec.ts (conflicts, dossier, holding, signing, prints) — no
//    other spec may touch it.
//  - HELD session 20 days ago with a SIGNED decision for NKO-2025-0005 (IMPLEMENTATION, its
//    referral DECIDED), so the outputs and the overview have data. Its access window is over:
//    only the coordinator reads it.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SeedContext } from "./seed-context";

const PUBLISHED_MARKER = "[demo] Session publiée — ordre du jour de trois dossiers";
const HELD_MARKER = "[demo] Session tenue — une décision signée";
const HELD_CASE = "NKO-2025-0005";
const MEMBERS = ["panel.masef@cpise.demo", "panel.hcr@cpise.demo", "panel.oim@cpise.demo", "panel.sahel@cpise.demo"] as const;
const DAY = 86_400_000;

async function panelMemberIds(db: PrismaClient, ctx: SeedContext): Promise<string[] | null> {
  const ids: string[] = [];
  for (const email of MEMBERS) {
    const userId = ctx.users.get(email);
    if (!userId) return null;
    const member = await db.panelMember.upsert({
      where: { userId },
      update: {},
      create: { userId, expertise: "Protection de l'enfance", defaultRole: email === MEMBERS[0] ? "CHAIR" : "MEMBER", undertakingSignedAt: new Date(Date.UTC(2026, 8, 1, 10)) },
      select: { id: true },
    });
    ids.push(member.id);
  }
  return ids;
}

/** Returns a one-line summary for the seed's log. */
export async function seedBidSessions(db: PrismaClient, ctx: SeedContext): Promise<string> {
  const coordinatorId = ctx.users.get("bid@cpise.demo");
  const members = await panelMemberIds(db, ctx);
  if (!coordinatorId || !members) return "0 BID sessions (no roster)";
  const [chair, ...others] = members;
  const now = new Date();
  let created = 0;

  // 1. The published session with three ready referrals.
  if (!(await db.bidSession.findFirst({ where: { notes: PUBLISHED_MARKER }, select: { id: true } }))) {
    const ready = await db.bidReferral.findMany({
      where: { status: "QUEUED", familyTracingResult: { not: null } },
      select: { id: true, caseId: true, case: { select: { caseNumber: true } } },
    });
    const agenda = ready.sort((a, b) => a.case.caseNumber.localeCompare(b.case.caseNumber)).slice(0, 3);
    const scheduledAt = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 3, 9, 0));
    const session = await db.bidSession.create({
      data: {
        scheduledAt,
        venue: "MASEF, salle du conseil, Nouakchott",
        chairId: chair,
        status: "PUBLISHED",
        publishedAt: new Date(now.getTime() - DAY),
        notes: PUBLISHED_MARKER,
        createdById: coordinatorId,
        members: { create: [{ panelMemberId: chair, role: "CHAIR" }, ...others.map((panelMemberId) => ({ panelMemberId, role: "MEMBER" as const }))] },
      },
      select: { id: true },
    });
    for (const [index, referral] of agenda.entries()) {
      await db.bidAgendaItem.create({ data: { sessionId: session.id, referralId: referral.id, caseId: referral.caseId, position: index + 1 } });
      await db.bidReferral.update({ where: { id: referral.id }, data: { status: "SCHEDULED", version: { increment: 1 } } });
      await db.caseEvent.create({ data: { caseId: referral.caseId, actorId: coordinatorId, type: "bid.scheduled", data: { id: referral.id, sessionId: session.id } } });
    }
    created += 1;
  }

  // 2. The held session with a signed decision.
  if (!(await db.bidSession.findFirst({ where: { notes: HELD_MARKER }, select: { id: true } }))) {
    const kase = await db.case.findUnique({
      where: { caseNumber: HELD_CASE },
      select: {
        id: true,
        status: true,
        nextDueAt: true,
        assignedWorkerId: true,
        registeredById: true,
        _count: { select: { bidReferrals: true } },
        assessments: { where: { status: "APPROVED" }, orderBy: { decidedAt: "desc" }, take: 1, select: { id: true, decidedAt: true } },
      },
    });
    const assessment = kase?.assessments[0];
    if (kase && kase.status === "IMPLEMENTATION" && assessment && kase._count.bidReferrals === 0) {
      const heldAt = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - 20, 9, 0));
      const signedAt = new Date(heldAt.getTime() + 3 * 3_600_000);
      const referredAt = new Date(Math.max((assessment.decidedAt ?? heldAt).getTime(), heldAt.getTime() - 14 * DAY));
      const caseworker = kase.assignedWorkerId ?? kase.registeredById;
      const referral = await db.bidReferral.create({
        data: {
          caseId: kase.id,
          assessmentId: assessment.id,
          status: "DECIDED",
          reason: "Enfant non accompagnée : le retour en famille est envisagé.",
          familyTracingResult: "Grand-mère maternelle retrouvée à Kayes ; accueil possible, évaluation du foyer favorable.",
          referredById: caseworker,
          referredAt,
          closedAt: signedAt,
          createdAt: referredAt,
        },
        select: { id: true },
      });
      const session = await db.bidSession.create({
        data: {
          scheduledAt: heldAt,
          venue: "MASEF, salle de réunion du 2e étage, Nouakchott",
          chairId: chair,
          status: "HELD",
          publishedAt: new Date(heldAt.getTime() - 7 * DAY),
          heldAt,
          notes: HELD_MARKER,
          createdById: coordinatorId,
          members: {
            create: [{ panelMemberId: chair, role: "CHAIR", attended: true }, ...others.map((panelMemberId) => ({ panelMemberId, role: "MEMBER" as const, attended: true }))],
          },
        },
        select: { id: true },
      });
      const item = await db.bidAgendaItem.create({
        data: { sessionId: session.id, referralId: referral.id, caseId: kase.id, position: 1, accessUntil: new Date(signedAt.getTime() + 7 * DAY) },
        select: { id: true },
      });
      for (const panelMemberId of members) {
        await db.bidConflictDeclaration.create({ data: { agendaItemId: item.id, panelMemberId, hasConflict: false, declaredAt: new Date(heldAt.getTime() - 2 * DAY) } });
      }
      const implementationDeadline = new Date(Date.UTC(heldAt.getUTCFullYear(), heldAt.getUTCMonth(), heldAt.getUTCDate() + 60));
      const reviewDate = new Date(Date.UTC(heldAt.getUTCFullYear(), heldAt.getUTCMonth(), heldAt.getUTCDate() + 120));
      const decision = await db.bidDecision.create({
        data: {
          agendaItemId: item.id,
          sessionId: session.id,
          caseId: kase.id,
          optionsConsidered: [
            { option: "Retour et réunification au Mali auprès de la grand-mère", pros: "Lien affectif fort ; l'enfant le souhaite", cons: "Ressources limitées du foyer" },
            { option: "Intégration locale en famille d'accueil", pros: "Scolarité en cours à Nouakchott", cons: "Éloignement durable de la famille" },
          ],
          childViewsHeard: "Entendue seule avec une interprète bambara ; souhaite rejoindre sa grand-mère. Son avis a pesé de manière déterminante.",
          outcome: "RETURN_REUNIFICATION_ORIGIN",
          reasons: "La famille est retrouvée et favorable ; l'évaluation du foyer est positive ; l'enfant exprime clairement ce souhait.",
          conditions: "Suivi par le partenaire au Mali à 1, 3 et 6 mois.",
          implementationPlan: "OIM organise le voyage et l'accompagnement ; la travailleuse sociale prépare l'enfant et le dossier de passation.",
          implementationOrgId: ctx.organisations.get("IOM") ?? null,
          implementationDeadline,
          reviewDate,
          recordedById: coordinatorId,
          createdAt: heldAt,
        },
        select: { id: true },
      });
      await db.bidVote.createMany({
        data: [
          { decisionId: decision.id, panelMemberId: members[0], choice: "FOR" },
          { decisionId: decision.id, panelMemberId: members[1], choice: "FOR" },
          { decisionId: decision.id, panelMemberId: members[2], choice: "FOR" },
          { decisionId: decision.id, panelMemberId: members[3], choice: "AGAINST", dissentingOpinion: "Une intégration locale permettrait de finir l'année scolaire." },
        ],
      });
      const chairUser = ctx.users.get(MEMBERS[0])!;
      await db.bidDecision.update({ where: { id: decision.id }, data: { signedAt, signedById: chairUser, version: 2 } });
      const implementationDueAt = implementationDeadline;
      const nextDueAt = [kase.nextDueAt, implementationDueAt, reviewDate].filter((d): d is Date => d !== null).sort((a, b) => a.getTime() - b.getTime())[0];
      await db.case.update({ where: { id: kase.id }, data: { implementationDueAt, reviewDueAt: reviewDate, nextDueAt } });
      await db.caseEvent.create({ data: { caseId: kase.id, actorId: caseworker, type: "bid.referred", data: { id: referral.id, reason: "Retour en famille envisagé" }, at: referredAt } });
      await db.caseEvent.create({ data: { caseId: kase.id, actorId: chairUser, type: "bid.decisionSigned", data: { id: decision.id, outcome: "RETURN_REUNIFICATION_ORIGIN" }, at: signedAt } });
      created += 1;
    }
  }
  return `${created} BID sessions created`;
}
