// What leaves the DAL about an assessment: named fields, never whole rows.
import type { ApprovalStatus } from "@/lib/generated/prisma/enums";
import type { LanguageCode } from "@/lib/reference/languages";
import type { Factors } from "./assessment.schema";

export type AssessmentDto = {
  id: string;
  status: ApprovalStatus;
  interviewDate: Date | null;
  interviewLanguage: LanguageCode | null;
  interpreterUsed: boolean | null;
  interpreterName: string | null;
  childViews: string;
  caregiverViews: string;
  factors: Factors;
  options: string;
  recommendation: string;
  bidRequired: boolean | null;
  bidReason: string | null;
  authorName: string;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  decidedByName: string | null;
  decidedAt: Date | null;
  rejectionReason: string | null;
};

export type CaseAssessments = {
  /** The open (draft or submitted) assessment, or else the latest decided one. */
  current: AssessmentDto | null;
  /** Every other assessment, newest first: rejected ones stay as history. */
  history: AssessmentDto[];
  /** An approved assessment exists (a case plan may be written). */
  approved: boolean;
};
