import "server-only";
// The one write path behind saving a draft and submitting it: the two differ only in how
// strictly the form is validated and in the status the assessment ends in.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import type { WriteResult } from "@/lib/action-result";
import { parseVersioned } from "@/lib/approvals/approval.schema";
import { recordCaseEvent } from "@/lib/cases/case-events";
import { canTransition, canWorkOnAssessment } from "@/lib/cases/case-status";
import { findCaseForWrite, updateCaseVersioned } from "@/lib/cases/case-write";
import { isUuid } from "@/lib/validation/uuid";
import { db } from "@/lib/db";
import { InvalidStateError, NotFoundError } from "@/lib/errors";
import { assessmentDraftSchema, assessmentSubmitSchema, type AssessmentData } from "./assessment.schema";

export type AssessmentSaved = { assessmentId: string; caseVersion: number };

const contentSelect = {
  interviewDate: true,
  interviewLanguage: true,
  interpreterUsed: true,
  interpreterName: true,
  childViews: true,
  caregiverViews: true,
  factors: true,
  options: true,
  recommendation: true,
  bidRequired: true,
  bidReason: true,
} as const;

export async function storeAssessment(
  actor: Actor,
  caseId: string,
  input: unknown,
  mode: "draft" | "submit",
): Promise<WriteResult<AssessmentSaved>> {
  if (!can(actor, "case:edit") || !isUuid(caseId)) throw new NotFoundError();
  const parsed = parseVersioned<AssessmentData>(mode === "submit" ? assessmentSubmitSchema : assessmentDraftSchema, input);
  if (!parsed.ok) return parsed;
  const { caseVersion, data } = parsed;
  const content = data;

  return db.$transaction(async (tx) => {
    const found = await findCaseForWrite(tx, actor, caseId, { permission: "case:edit" });
    // Starting the first draft is what moves a registered case into assessment.
    const starting = found.status === "REGISTERED" && canTransition("REGISTERED", "ASSESSMENT");
    await updateCaseVersioned(tx, actor, caseId, caseVersion, starting ? { status: "ASSESSMENT" } : {});
    if (!canWorkOnAssessment(found.status)) throw new InvalidStateError("notAtThisStep");
    const open = await tx.assessment.findFirst({
      where: { caseId, status: { in: ["DRAFT", "SUBMITTED"] } },
      select: { id: true, status: true, ...contentSelect },
    });
    if (open?.status === "SUBMITTED") throw new InvalidStateError("alreadySubmitted");

    const status = mode === "submit" ? ("SUBMITTED" as const) : ("DRAFT" as const);
    const submitted = mode === "submit" ? { status, submittedAt: new Date() } : {};
    const saved = open
      ? await tx.assessment.update({ where: { id: open.id }, data: { ...content, ...submitted, version: { increment: 1 } }, select: { id: true } })
      : await tx.assessment.create({ data: { caseId, authorId: actor.userId, ...content, ...submitted }, select: { id: true } });

    if (starting) await recordCaseEvent(tx, caseId, actor.userId, { type: "case.statusChanged", data: { from: "REGISTERED", to: "ASSESSMENT" } });
    await writeAuditEvent(tx, actor.userId, {
      action: mode === "submit" ? "assessment.submitted" : "assessment.saved",
      entityType: "Assessment",
      entityId: saved.id,
      before: open ?? undefined,
      after: { status, ...content },
    });
    if (mode === "submit") await recordCaseEvent(tx, caseId, actor.userId, { type: "assessment.submitted", data: { id: saved.id } });
    return { ok: true as const, data: { assessmentId: saved.id, caseVersion: caseVersion + 1 } };
  });
}
