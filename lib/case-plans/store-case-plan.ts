import "server-only";
// The one write path behind saving a plan draft and submitting it. The goals are replaced as a
// whole on each save (a draft's rows have no identity worth keeping); approved and rejected
// plans are never written again.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import type { WriteResult } from "@/lib/action-result";
import { parseVersioned } from "@/lib/approvals/approval.schema";
import { recordCaseEvent } from "@/lib/cases/case-events";
import { canWorkOnCasePlan } from "@/lib/cases/case-status";
import { findCaseForWrite, updateCaseVersioned } from "@/lib/cases/case-write";
import { isUuid } from "@/lib/validation/uuid";
import { toIsoDate } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { InvalidStateError, NotFoundError } from "@/lib/errors";
import { casePlanSchema, type CasePlanData } from "./case-plan.schema";

export type CasePlanSaved = { casePlanId: string; caseVersion: number };

type Goal = CasePlanData["goals"][number];

const goalsForAudit = (goals: Goal[]) => goals.map((goal) => ({ ...goal, deadline: toIsoDate(goal.deadline) }));

/** Field errors for goals naming an organisation that does not exist. */
async function unknownOrganisations(goals: Goal[]): Promise<Record<string, string> | null> {
  const ids = [...new Set(goals.map((goal) => goal.responsibleOrganisationId).filter((id): id is string => id !== null))];
  const known = new Set((await db.organisation.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((o) => o.id));
  const errors: Record<string, string> = {};
  goals.forEach((goal, index) => {
    if (goal.responsibleOrganisationId && !known.has(goal.responsibleOrganisationId)) errors[`goals.${index}.responsible`] = "invalid";
  });
  return Object.keys(errors).length ? errors : null;
}

export async function storeCasePlan(
  actor: Actor,
  caseId: string,
  input: unknown,
  mode: "draft" | "submit",
): Promise<WriteResult<CasePlanSaved>> {
  if (!can(actor, "case:edit") || !isUuid(caseId)) throw new NotFoundError();
  const parsed = parseVersioned<CasePlanData>(casePlanSchema, input);
  if (!parsed.ok) return parsed;
  const { caseVersion, data } = parsed;
  const unknown = await unknownOrganisations(data.goals);
  if (unknown) return { ok: false, fieldErrors: unknown };

  return db.$transaction(async (tx) => {
    const found = await findCaseForWrite(tx, actor, caseId, { permission: "case:edit" });
    await updateCaseVersioned(tx, actor, caseId, caseVersion, {});
    if (!canWorkOnCasePlan(found.status)) throw new InvalidStateError("notAtThisStep");
    if ((await tx.assessment.count({ where: { caseId, status: "APPROVED" } })) === 0) throw new InvalidStateError("assessmentNotApproved");
    const open = await tx.casePlan.findFirst({
      where: { caseId, status: { in: ["DRAFT", "SUBMITTED"] } },
      select: {
        id: true,
        status: true,
        goals: {
          orderBy: { position: "asc" },
          select: { goal: true, intervention: true, responsibleOrganisationId: true, responsibleOther: true, deadline: true },
        },
      },
    });
    if (open?.status === "SUBMITTED") throw new InvalidStateError("alreadySubmitted");

    const status = mode === "submit" ? ("SUBMITTED" as const) : ("DRAFT" as const);
    const submitted = mode === "submit" ? { status, submittedAt: new Date() } : {};
    const plan = open
      ? await tx.casePlan.update({ where: { id: open.id }, data: { ...submitted, version: { increment: 1 } }, select: { id: true } })
      : await tx.casePlan.create({ data: { caseId, authorId: actor.userId, ...submitted }, select: { id: true } });
    if (open) await tx.casePlanGoal.deleteMany({ where: { casePlanId: plan.id } });
    await tx.casePlanGoal.createMany({ data: data.goals.map((goal, position) => ({ ...goal, casePlanId: plan.id, position })) });

    await writeAuditEvent(tx, actor.userId, {
      action: mode === "submit" ? "casePlan.submitted" : "casePlan.saved",
      entityType: "CasePlan",
      entityId: plan.id,
      before: open ? { status: open.status, goals: goalsForAudit(open.goals) } : undefined,
      after: { status, goals: goalsForAudit(data.goals) },
    });
    if (mode === "submit") await recordCaseEvent(tx, caseId, actor.userId, { type: "casePlan.submitted", data: { id: plan.id } });
    return { ok: true as const, data: { casePlanId: plan.id, caseVersion: caseVersion + 1 } };
  });
}
