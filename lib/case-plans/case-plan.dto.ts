// What leaves the DAL about a case plan: named fields, never whole rows.
import type { ApprovalStatus } from "@/lib/generated/prisma/enums";
import type { OrganisationNames } from "@/lib/organisations/organisation-name";

export type CasePlanGoalDto = {
  id: string;
  goal: string;
  intervention: string;
  responsibleOrganisationId: string | null;
  responsibleOrganisation: OrganisationNames | null;
  responsibleOther: string | null;
  deadline: Date;
  completedAt: Date | null;
};

export type CasePlanDto = {
  id: string;
  status: ApprovalStatus;
  goals: CasePlanGoalDto[];
  authorName: string;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  decidedByName: string | null;
  decidedAt: Date | null;
  rejectionReason: string | null;
};

export type CaseCasePlans = {
  /** The open (draft or submitted) plan, or else the latest decided one. */
  current: CasePlanDto | null;
  /** Every other plan, newest first. */
  history: CasePlanDto[];
  /** A plan is written only once an assessment is approved. */
  assessmentApproved: boolean;
};
