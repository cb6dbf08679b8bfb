// The rows of one demo case file, each written with the timeline event the application records
// for it (lib/cases/case-events.ts), by the same people: the worker writes and submits, the
// supervisor decides.
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApprovalStatus, ClosureReason } from "@/lib/generated/prisma/enums";
import type { AssessmentContent, GoalContent } from "./seed-file-texts";
import type { NoteDraft } from "./seed-notes";

export type Resolve = { user: (email: string) => string; organisation: (code: string) => string };

export type Stamps = { createdAt: Date; submittedAt: Date | null; decidedAt: Date | null };

export type CaseRecords = {
  assessments: Prisma.AssessmentCreateManyInput[];
  casePlans: Prisma.CasePlanCreateManyInput[];
  goals: Prisma.CasePlanGoalCreateManyInput[];
  notes: Prisma.CaseNoteCreateManyInput[];
  closures: Prisma.CaseClosureCreateManyInput[];
  events: Prisma.CaseEventCreateManyInput[];
  consentShares: Prisma.CaseConsentShareCreateManyInput[];
};

export class CaseFileRecords {
  readonly rows: CaseRecords = { assessments: [], casePlans: [], goals: [], notes: [], closures: [], events: [], consentShares: [] };

  constructor(
    private readonly caseId: string,
    private readonly people: { worker: string; supervisor: string },
    private readonly resolve: Resolve,
  ) {}

  event(type: string, at: Date, actorId: string, data: Prisma.InputJsonObject): void {
    this.rows.events.push({ caseId: this.caseId, type, actorId, data, at });
  }

  /** Events in time order, so the timeline's ids follow the dates. */
  sortedEvents(): Prisma.CaseEventCreateManyInput[] {
    return this.rows.events.sort((a, b) => +new Date(a.at!) - +new Date(b.at!));
  }

  assessment(content: AssessmentContent, status: ApprovalStatus, stamps: Stamps, updatedAt?: Date): void {
    const id = randomUUID();
    const { worker, supervisor } = this.people;
    this.rows.assessments.push({
      id,
      caseId: this.caseId,
      status,
      ...content,
      authorId: worker,
      ...stamps,
      decidedById: stamps.decidedAt ? supervisor : null,
      updatedAt: updatedAt ?? stamps.decidedAt ?? stamps.submittedAt ?? stamps.createdAt,
    });
    if (stamps.submittedAt) this.event("assessment.submitted", stamps.submittedAt, worker, { id });
    if (stamps.decidedAt) this.event("assessment.approved", stamps.decidedAt, supervisor, { id });
  }

  plan(status: ApprovalStatus, stamps: Stamps, goals: (GoalContent & { deadline: Date; completedAt: Date | null })[]): void {
    const id = randomUUID();
    const { worker, supervisor } = this.people;
    this.rows.casePlans.push({
      id,
      caseId: this.caseId,
      status,
      authorId: worker,
      ...stamps,
      decidedById: stamps.decidedAt ? supervisor : null,
      updatedAt: stamps.decidedAt ?? stamps.submittedAt ?? stamps.createdAt,
    });
    goals.forEach(({ organisation, other, ...goal }, position) =>
      this.rows.goals.push({
        casePlanId: id,
        position,
        ...goal,
        responsibleOrganisationId: organisation ? this.resolve.organisation(organisation) : null,
        responsibleOther: other,
      }),
    );
    if (stamps.submittedAt) this.event("casePlan.submitted", stamps.submittedAt, worker, { id });
    if (stamps.decidedAt) this.event("casePlan.approved", stamps.decidedAt, supervisor, { id });
  }

  approvedClosure(reason: ClosureReason, summary: string, requestedAt: Date, decidedAt: Date): void {
    const id = randomUUID();
    const { worker, supervisor } = this.people;
    this.rows.closures.push({
      id,
      caseId: this.caseId,
      status: "APPROVED",
      reason,
      summary,
      requestedById: worker,
      requestedAt,
      decidedById: supervisor,
      decidedAt,
    });
    this.event("closure.requested", requestedAt, worker, { id, reason });
    this.event("closure.approved", decidedAt, supervisor, { id, reason });
  }

  note(draft: NoteDraft): void {
    const id = randomUUID();
    this.rows.notes.push({ id, caseId: this.caseId, authorId: this.people.worker, ...draft });
    this.event("case.noteAdded", draft.createdAt, this.people.worker, { noteId: id, noteType: draft.type });
  }

  consentShare(organisation: string, createdAt: Date): void {
    this.rows.consentShares.push({ caseId: this.caseId, organisationId: this.resolve.organisation(organisation), createdAt });
  }
}
