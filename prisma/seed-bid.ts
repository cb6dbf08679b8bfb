// Demo BID panel data, coordinator side: the roster and the referrals. Idempotent like
// the rest of the seed: creates only what is missing, never changes what users did since.
//
// ROSTER: panel.masef (MASEF, default role CHAIR), panel.hcr (UNHCR), panel.oim (IOM),
// panel.sahel (NGO-SAHEL) — all with a signed confidentiality undertaking; panel@cpise.demo is on
// the roster WITHOUT a signed undertaking (never sign in as it in e2e: the lockout spec locks it).
//
// REFERRALS: every seeded BID_PENDING child gets a QUEUED referral from its approved BIA ("BID
// required"), in case-number order:
//   READY      ALG-2025-0003, KIF-2026-0001, NDB-2025-0005, NDB-2025-0007  (family tracing filled)
//   NOT READY  NKS-2025-0003                                                (no tracing result)
// Who uses which (specs run in parallel on one database, so each referral has one user):
//   - seed-bid-sessions.ts (bidb) takes the FIRST THREE ready ones by case number
//     (ALG-2025-0003, KIF-2026-0001, NDB-2025-0005) for its published/held sessions;
//   - FREE FOR E2E: NDB-2025-0007 (ready) — tests/e2e/bid-coordinator.spec.ts puts it on a new
//     session and cancels it (it returns to the queue); NKS-2025-0003 (not ready) — read only,
//     the "cannot be added" check in the same spec.
//
// OFF THE ROSTER: panel.avenir@cpise.demo (Fatou Sow, NGO-AVENIR, a demo account of demo-data.ts) is
// left off the roster: tests/e2e/bid-coordinator.spec.ts adds it to the roster and
// signs its undertaking. No other spec may use it.
//
// NOT YET REFERRED (approved BIA set to "BID required"), one per referral spec:
//   NDB-2025-0003 (FOLLOW_UP, assistante.ndb) — tests/e2e/bid-referral.spec.ts refers it;
//   NDB-2026-0001 (CASE_PLAN, assistant2.ndb) — spare, not used by any spec yet.
import type { PanelRole, PrismaClient } from "@/lib/generated/prisma/client";
import { demoChildren } from "./seed-children";
import type { SeedContext } from "./seed-context";

const ROSTER: { email: string; expertise: string; defaultRole: PanelRole; signed: boolean }[] = [
  { email: "panel.masef@cpise.demo", expertise: "Protection de l'enfance, droit de la famille", defaultRole: "CHAIR", signed: true },
  { email: "panel.hcr@cpise.demo", expertise: "Protection internationale, réinstallation", defaultRole: "MEMBER", signed: true },
  { email: "panel.oim@cpise.demo", expertise: "Retour volontaire et réintégration", defaultRole: "MEMBER", signed: true },
  { email: "panel.sahel@cpise.demo", expertise: "Placement familial, suivi psychosocial", defaultRole: "MEMBER", signed: true },
  { email: "panel@cpise.demo", expertise: "Santé et soutien psychosocial", defaultRole: "MEMBER", signed: false },
];

/** The BID_PENDING child (by case number) left without a family tracing result. */
export const NOT_READY_REFERRALS = ["NKS-2025-0003"];
/** Cases whose approved BIA says "BID required" but that the seed does not refer. */
export const REFERABLE_CASES = ["NDB-2025-0003", "NDB-2026-0001"];

const TRACING_RESULTS = [
  "Mère retrouvée par la Croix-Rouge ; contact téléphonique établi, elle souhaite le retour de l'enfant.",
  "Oncle paternel localisé ; évaluation du foyer en cours par le partenaire dans le pays d'origine.",
  "Père retrouvé ; il accepte de reprendre l'enfant, la famille élargie est favorable.",
  "Tante maternelle retrouvée ; prête à accueillir l'enfant, conditions de vie vérifiées.",
];

/** Returns a one-line summary for the seed's log. */
export async function seedBid(db: PrismaClient, ctx: SeedContext): Promise<string> {
  // 1. Roster.
  let rosterCreated = 0;
  for (const [index, member] of ROSTER.entries()) {
    const userId = ctx.users.get(member.email);
    if (!userId) continue;
    const existing = await db.panelMember.findUnique({ where: { userId }, select: { id: true } });
    if (existing) continue;
    await db.panelMember.create({
      data: {
        userId,
        expertise: member.expertise,
        defaultRole: member.defaultRole,
        undertakingSignedAt: member.signed ? new Date(Date.UTC(2026, 8, 1 + index, 10)) : null,
      },
    });
    rosterCreated += 1;
  }

  // 2. Referrals of the seeded BID_PENDING children (only the seed's own, matched by name).
  const children = demoChildren();
  const byNumber = new Map(children.map((c) => [c.caseNumber, c]));
  const pending = children.filter((c) => c.status === "BID_PENDING").map((c) => c.caseNumber).sort();
  const cases = await db.case.findMany({
    where: { caseNumber: { in: [...pending, ...REFERABLE_CASES] } },
    select: {
      id: true,
      caseNumber: true,
      firstName: true,
      lastName: true,
      status: true,
      centreId: true,
      assignedWorkerId: true,
      registeredById: true,
      _count: { select: { bidReferrals: true } },
      assessments: { where: { status: "APPROVED" }, orderBy: { decidedAt: "desc" }, take: 1, select: { id: true, decidedAt: true, bidRequired: true, bidReason: true } },
    },
  });
  const own = new Map(
    cases.filter((c) => byNumber.get(c.caseNumber)?.firstName === c.firstName && byNumber.get(c.caseNumber)?.lastName === c.lastName).map((c) => [c.caseNumber, c]),
  );

  let referralsCreated = 0;
  let readyIndex = 0;
  for (const caseNumber of pending) {
    const kase = own.get(caseNumber);
    const ready = !NOT_READY_REFERRALS.includes(caseNumber);
    const tracing = ready ? TRACING_RESULTS[readyIndex++ % TRACING_RESULTS.length] : null;
    const assessment = kase?.assessments[0];
    if (!kase || kase.status !== "BID_PENDING" || kase._count.bidReferrals > 0 || !assessment) continue;
    if (assessment.bidRequired !== true) {
      await db.assessment.update({ where: { id: assessment.id }, data: { bidRequired: true, bidReason: assessment.bidReason ?? "Solution durable à déterminer" } });
    }
    const referredAt = new Date((assessment.decidedAt ?? new Date()).getTime() + 5 * 60_000);
    const referral = await db.bidReferral.create({
      data: {
        caseId: kase.id,
        assessmentId: assessment.id,
        reason: assessment.bidReason ?? "Enfant non accompagné : solution durable à déterminer par le panel.",
        familyTracingResult: tracing,
        referredById: kase.assignedWorkerId ?? kase.registeredById,
        referredAt,
        createdAt: referredAt,
      },
      select: { id: true },
    });
    await db.caseEvent.create({
      data: {
        caseId: kase.id,
        actorId: kase.assignedWorkerId ?? kase.registeredById,
        type: "bid.referred",
        data: { id: referral.id, reason: assessment.bidReason ?? "Solution durable" },
        at: referredAt,
      },
    });
    referralsCreated += 1;
  }

  // 3. Approved BIAs saying "BID required", not referred: for the referral specs.
  let referable = 0;
  for (const caseNumber of REFERABLE_CASES) {
    const kase = own.get(caseNumber);
    const assessment = kase?.assessments[0];
    if (!kase || !assessment || kase._count.bidReferrals > 0) continue;
    if (assessment.bidRequired !== true) {
      await db.assessment.update({
        where: { id: assessment.id },
        data: { bidRequired: true, bidReason: "Le retour en famille est envisagé : une décision du panel DIS est nécessaire." },
      });
    }
    referable += 1;
  }
  return `${rosterCreated} panel members created, ${referralsCreated} BID referrals created, ${referable} cases ready to refer`;
}
