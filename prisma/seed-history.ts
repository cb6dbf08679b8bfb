// The life of a demo case from registration to its current status: assessments, case plan and
// goals, notes, closure, the timeline events that record them, and the due dates that follow —
// computed by lib/cases/timelines.ts from the same facts the application uses (refreshDueDates).
import { computeDueDates, DEFAULT_TIMELINES, statusFacts, type DueDates } from "@/lib/cases/timelines";
import type { CaseStatus, ClosureReason } from "@/lib/generated/prisma/enums";
import { DAY, SEED, supervisorOf, type DemoChild } from "./seed-children";
import { assessmentContent, closureSummary, planGoals } from "./seed-file-texts";
import { caseNotes } from "./seed-notes";
import type { ProfiledChild } from "./seed-profile";
import { between, lowestDraws, streamFor, weighted, type Random } from "./seed-random";
import { CaseFileRecords, type CaseRecords, type Resolve } from "./seed-records";
import { DEMO_TODAY, HOUR, RECORDS_UNTIL, at, dayOf } from "./seed-time";

/** The statuses a case went through to reach its current one. */
const PATHS: Record<CaseStatus, CaseStatus[]> = {
  REGISTERED: ["REGISTERED"],
  ASSESSMENT: ["REGISTERED", "ASSESSMENT"],
  CASE_PLAN: ["REGISTERED", "ASSESSMENT", "CASE_PLAN"],
  BID_PENDING: ["REGISTERED", "ASSESSMENT", "BID_PENDING"],
  IMPLEMENTATION: ["REGISTERED", "ASSESSMENT", "CASE_PLAN", "IMPLEMENTATION"],
  FOLLOW_UP: ["REGISTERED", "ASSESSMENT", "CASE_PLAN", "IMPLEMENTATION", "FOLLOW_UP"],
  CLOSED: ["REGISTERED", "ASSESSMENT", "CASE_PLAN", "IMPLEMENTATION", "FOLLOW_UP", "CLOSED"],
  TRANSFERRED: ["REGISTERED", "ASSESSMENT", "CASE_PLAN", "TRANSFERRED"],
  DUPLICATE: ["REGISTERED", "DUPLICATE"],
};

/** Open cases whose pending step is left overdue on DEMO_TODAY, beyond those that arrived long ago. */
const LAPSED: [CaseStatus, number][] = [
  ["CASE_PLAN", 1],
  ["FOLLOW_UP", 1],
];

/** Exact shares drawn once over the whole list: submitted vs draft, lapsed vs on time. */
export type Variants = { submitted: Set<string>; lapsed: Set<string> };

export function historyVariants(children: DemoChild[]): Variants {
  const withStatus = (status: CaseStatus) => children.filter((c) => c.status === status).map((c) => c.caseNumber);
  const half = (status: CaseStatus) => lowestDraws(SEED, withStatus(status), "submitted", Math.floor(withStatus(status).length / 2));
  return {
    submitted: new Set([...half("ASSESSMENT"), ...half("CASE_PLAN")]),
    lapsed: new Set(LAPSED.flatMap(([status, count]) => [...lowestDraws(SEED, withStatus(status), "lapsed", count)])),
  };
}

/** When the case was referred to an organisation (and consent to share with it recorded). */
export function referralDate(child: DemoChild): Date {
  return at(child.arrivalDate.getTime() + 5 * DAY, 10);
}

export type CaseHistory = CaseRecords & {
  caseFields: DueDates & { firstActionAt: Date | null; riskSetAt: Date | null; closedAt: Date | null; updatedAt: Date };
};

/** What the steps of a case's history share. */
type Context = {
  child: ProfiledChild;
  variants: Variants;
  records: CaseFileRecords;
  worker: string;
  supervisor: string;
  /** When (and by whom) the case entered each status of its path. */
  statusAt: Map<CaseStatus, { time: Date; actorId: string }>;
  /** `minDays`..`maxDays` after the day of `from`, between `fromHour` and `toHour` o'clock. */
  later: (from: Date | number, minDays: number, maxDays: number, fromHour: number, toHour: number) => Date;
  random: Random;
};

const minutesAfter = (time: Date, minutes: number) => new Date(time.getTime() + minutes * 60_000);

/**
 * The intake interview (the first action), then the assessment: still open for a case in
 * assessment; approved a few days after arrival for the others. A case waiting for its plan or
 * its panel also gets its assessment brought up to date recently, unless it is left to lapse.
 * Returns when the latest approval was given.
 */
function assess(ctx: Context, firstActionAt: Date): Date | null {
  const { child, records, later, random } = ctx;
  const content = assessmentContent(streamFor(SEED, child.caseNumber, "assessment"), child, child.status === "BID_PENDING");
  if (child.status === "ASSESSMENT") {
    const createdAt = later(firstActionAt, 1, 3, 9, 12);
    const lastDay = (maxDaysBack: number) => Math.max(RECORDS_UNTIL - between(random, 0, maxDaysBack) * DAY, dayOf(createdAt) + DAY);
    if (ctx.variants.submitted.has(child.caseNumber)) {
      records.assessment(content, "SUBMITTED", { createdAt, submittedAt: at(lastDay(12), between(random, 14, 17)), decidedAt: null });
    } else {
      const draft = { ...content, options: "", recommendation: "", bidRequired: null, bidReason: null };
      records.assessment(draft, "DRAFT", { createdAt, submittedAt: null, decidedAt: null }, at(lastDay(20), between(random, 9, 17)));
    }
    return null;
  }
  const createdAt = later(firstActionAt, 1, 1, 9, 11);
  const submittedAt = later(createdAt, 1, 5, 14, 17);
  const approvedAt = later(submittedAt, 1, 3, 9, 12);
  records.assessment(content, "APPROVED", { createdAt, submittedAt, decidedAt: approvedAt });
  ctx.statusAt.set(child.status === "BID_PENDING" ? "BID_PENDING" : "CASE_PLAN", { time: minutesAfter(approvedAt, 5), actorId: ctx.supervisor });
  if (!["CASE_PLAN", "BID_PENDING"].includes(child.status) || ctx.variants.lapsed.has(child.caseNumber)) return approvedAt;

  // Decided recently enough for the plan not to be due yet on DEMO_TODAY.
  const planDays = DEFAULT_TIMELINES.casePlanHours[child.riskLevel ?? "MEDIUM"] / 24;
  const decidedDay = DEMO_TODAY - between(random, 2, planDays - 1) * DAY;
  const review = assessmentContent(streamFor(SEED, child.caseNumber, "review"), child, child.status === "BID_PENDING");
  const stamps = { createdAt: later(decidedDay, -8, -4, 9, 11), submittedAt: later(decidedDay, -2, -1, 15, 17), decidedAt: later(decidedDay, 0, 0, 9, 11) };
  records.assessment({ ...review, recommendation: `Mise à jour après la recherche familiale. ${review.recommendation}` }, "APPROVED", stamps);
  return stamps.decidedAt;
}

/** The plan's goals with deadlines after `from`; goals other than the first may be reached by `completedBy`. */
function goalsOf(ctx: Context, from: Date, completedBy: number | null) {
  const { child, random, later } = ctx;
  return planGoals(streamFor(SEED, child.caseNumber, "goals"), child).map((goal, position) => {
    const deadline = dayOf(from) + between(random, 30, 150) * DAY;
    // The first goal (reunification) is what closes a case; the others may be reached before.
    const done = completedBy !== null && (child.status === "CLOSED" || (position > 0 && deadline < completedBy && random() < 0.7));
    const completedAt = done ? later(Math.max(Math.min(deadline, completedBy), dayOf(from) + DAY), 0, 0, 10, 16) : null;
    return { ...goal, deadline: new Date(deadline), completedAt };
  });
}

/**
 * The case plan, then implementation, follow-up and closure as far as the status goes, or the
 * transfer. Returns when the plan was approved, when the case was closed, and the last day of
 * work on it.
 */
function planAndClose(ctx: Context, assessmentApprovedAt: Date) {
  const { child, records, later, random, statusAt } = ctx;
  const path = PATHS[child.status];
  if (child.status === "CASE_PLAN") {
    const createdAt = new Date(assessmentApprovedAt.getTime() + between(random, 2, 5) * HOUR);
    const submittedAt = ctx.variants.submitted.has(child.caseNumber) ? new Date(createdAt.getTime() + between(random, 1, 3) * HOUR) : null;
    records.plan(submittedAt ? "SUBMITTED" : "DRAFT", { createdAt, submittedAt, decidedAt: null }, goalsOf(ctx, createdAt, null));
    return { planApprovedAt: null, closedAt: null, lastDay: RECORDS_UNTIL };
  }
  if (child.status === "TRANSFERRED") {
    const transferredAt = later(assessmentApprovedAt, 10, 30, 10, 12);
    statusAt.set("TRANSFERRED", { time: transferredAt, actorId: ctx.supervisor });
    return { planApprovedAt: null, closedAt: null, lastDay: dayOf(transferredAt) };
  }
  if (!path.includes("IMPLEMENTATION")) return { planApprovedAt: null, closedAt: null, lastDay: RECORDS_UNTIL };

  const createdAt = later(assessmentApprovedAt, 2, 5, 9, 11);
  const submittedAt = later(createdAt, 2, 6, 15, 17);
  const planApprovedAt = later(submittedAt, 1, 3, 9, 12);
  const closedDay = child.status === "CLOSED" ? dayOf(planApprovedAt) + between(random, 40, 120) * DAY : null;
  const goals = goalsOf(ctx, planApprovedAt, closedDay ? closedDay - DAY : RECORDS_UNTIL);
  records.plan("APPROVED", { createdAt, submittedAt, decidedAt: planApprovedAt }, goals);
  statusAt.set("IMPLEMENTATION", { time: minutesAfter(planApprovedAt, 5), actorId: ctx.supervisor });
  if (path.includes("FOLLOW_UP")) {
    const start = closedDay
      ? (dayOf(planApprovedAt) + closedDay) / 2
      : Math.min(dayOf(planApprovedAt) + between(random, 60, 200) * DAY, RECORDS_UNTIL - 30 * DAY);
    statusAt.set("FOLLOW_UP", { time: at(dayOf(start), between(random, 9, 16)), actorId: ctx.worker });
  }
  if (!closedDay) return { planApprovedAt, closedAt: null, lastDay: RECORDS_UNTIL };

  const closedAt = at(closedDay, between(random, 10, 12));
  const reason = weighted<ClosureReason>(random, { REUNIFIED: 7, DURABLE_SOLUTION: 2, INFORMED_CHOICE: 1 });
  records.approvedClosure(reason, closureSummary(reason, child), later(closedAt, -4, -1, 14, 17), closedAt);
  statusAt.set("CLOSED", { time: closedAt, actorId: ctx.supervisor });
  return { planApprovedAt, closedAt, lastDay: closedDay };
}

export function caseHistory(child: ProfiledChild, caseId: string, options: { variants: Variants; sharedWithNgo: string | null; resolve: Resolve }): CaseHistory {
  const { resolve } = options;
  const random = streamFor(SEED, child.caseNumber, "history");
  const worker = resolve.user(child.assignedTo ?? child.registeredBy);
  const registrar = resolve.user(child.registeredBy);
  const supervisor = resolve.user(supervisorOf(child.centreCode));
  const records = new CaseFileRecords(caseId, { worker, supervisor }, resolve);
  const ctx: Context = {
    child,
    variants: options.variants,
    records,
    worker,
    supervisor,
    statusAt: new Map(),
    later: (from, minDays, maxDays, fromHour, toHour) =>
      at(dayOf(from) + between(random, minDays, maxDays) * DAY, between(random, fromHour, toHour), between(random, 0, 59)),
    random,
  };
  const path = PATHS[child.status];
  records.event("case.registered", child.arrivalDate, registrar, { caseNumber: child.caseNumber });

  // Past registration: the intake interview is the first action, the same day for a high risk.
  const sameDay = child.riskLevel === "HIGH";
  const firstActionAt = path.includes("ASSESSMENT") ? ctx.later(child.arrivalDate, sameDay ? 0 : 1, sameDay ? 0 : 2, 10, 15) : null;
  if (firstActionAt) ctx.statusAt.set("ASSESSMENT", { time: minutesAfter(firstActionAt, 60), actorId: worker });
  const riskSetAt = !child.riskLevel ? null : firstActionAt ? minutesAfter(firstActionAt, 30) : ctx.later(child.arrivalDate, 0, 0, 9, 17);
  if (child.riskLevel && riskSetAt) {
    records.event("case.riskSet", riskSetAt, firstActionAt ? worker : registrar, { riskLevel: child.riskLevel, reasonCode: "OTHER", reason: child.profile.riskReason ?? "" });
  }

  const assessmentApprovedAt = firstActionAt ? assess(ctx, firstActionAt) : null;
  const { planApprovedAt, closedAt, lastDay } = assessmentApprovedAt
    ? planAndClose(ctx, assessmentApprovedAt)
    : { planApprovedAt: null, closedAt: null, lastDay: RECORDS_UNTIL };
  if (firstActionAt) {
    const underPlan = child.status === "IMPLEMENTATION" || child.status === "FOLLOW_UP";
    const followUp = !underPlan ? null : options.variants.lapsed.has(child.caseNumber) ? "lapsed" : "current";
    for (const note of caseNotes(child, { firstActionAt, lastDay, planApprovedAt, followUp })) records.note(note);
  }
  path.slice(1).forEach((to, i) => {
    const change = ctx.statusAt.get(to);
    if (change) records.event("case.statusChanged", change.time, change.actorId, { from: path[i], to });
  });

  if (options.sharedWithNgo) records.consentShare(options.sharedWithNgo, referralDate(child));
  // Referred to the IOM-coordinated panel when the first assessment was approved.
  if (child.status === "BID_PENDING") records.consentShare("IOM", records.rows.assessments[0].decidedAt as Date);

  const visits = records.rows.notes
    .filter((n) => n.type === "FOLLOW_UP_VISIT")
    .sort((a, b) => +new Date(b.date) - +new Date(a.date) || +new Date(b.createdAt!) - +new Date(a.createdAt!));
  const due = computeDueDates({
    riskLevel: child.riskLevel,
    registeredAt: child.arrivalDate,
    firstActionAt,
    assessmentApprovedAt,
    casePlanApprovedAt: planApprovedAt,
    lastFollowUpAt: visits[0] ? new Date(visits[0].date) : null,
    plannedNextVisit: visits[0]?.nextVisitDate ? new Date(visits[0].nextVisitDate) : null,
    ...statusFacts(child.status),
  });
  const events = records.sortedEvents();
  const updatedAt = new Date(events[events.length - 1].at!);
  return { ...records.rows, events, caseFields: { ...due, firstActionAt, riskSetAt, closedAt, updatedAt } };
}
