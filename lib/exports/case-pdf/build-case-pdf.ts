// What the PDF of a case says, translated: built from what the case pages' DAL functions return
// for the same user (getCase, getCaseAssessments, getCasePlans, listCasePlacements), so the PDF
// never shows more than the pages do. Never the photo.
import { createFormatter } from "use-intl/core";
import type { CaseAssessments } from "@/lib/assessments/assessment.dto";
import type { CaseCasePlans } from "@/lib/case-plans/case-plan.dto";
import type { CaseDetail } from "@/lib/cases/case.dto";
import { riskReasonText } from "@/lib/cases/risk-reason";
import { ageOn, todayUtc } from "@/lib/dates/calendar";
import type { PlacementHistoryItem } from "@/lib/placements/list-case-placements";
import { formatsFor } from "@/lib/i18n/formats";
import { TIME_ZONE } from "@/lib/i18n/locales";
import { formatList } from "@/lib/i18n/list-format";
import { translatorFor } from "@/lib/i18n/messages";
import { organisationName } from "@/lib/organisations/organisation-name";
import { countryName } from "@/lib/reference/countries";
import type { CasePdfBlock, CasePdfDocument, CasePdfLocale, CasePdfRow, CasePdfSection } from "./render-case-pdf";

export type CasePdfSource = {
  child: CaseDetail;
  assessments: CaseAssessments;
  plans: CaseCasePlans;
  placements: PlacementHistoryItem[];
  locale: CasePdfLocale;
  generatedByName: string;
  now: Date;
};

/** Left-to-right isolate: phone numbers and codes keep their order inside Arabic text. */
const ltr = (value: string) => `\u2066${value}\u2069`;

export function buildCasePdfDocument({ child, assessments, plans, placements, locale, generatedByName, now }: CasePdfSource): CasePdfDocument {
  const t = translatorFor(locale);
  const format = createFormatter({ locale, timeZone: TIME_ZONE, formats: formatsFor(locale) });
  const date = (value: Date) => format.dateTime(value, "date");
  const dateTime = (value: Date) => format.dateTime(value, "dateTime");
  const none = t("case.none");
  const riskReason = riskReasonText(child, t);
  const yesNo = (value: boolean | null) => (value === null ? t("caseFile.unknown") : value ? t("caseFile.yes") : t("caseFile.no"));
  const opt = (value: string | null | undefined) => (value && value.trim() ? value : none);
  const row = (label: string, value: string): CasePdfRow => ({ label, value });
  const section = (title: string, rows: CasePdfRow[], blocks: CasePdfBlock[] = [], empty?: string): CasePdfSection => ({ title, rows, blocks, empty });

  const identity = section(t("case.identity"), [
    row(t("case.firstName"), child.firstName),
    row(t("case.lastName"), child.lastName),
    row(t("case.otherNames"), opt(child.otherNames)),
    row(t("case.sex"), t(`sex.${child.sex}`)),
    row(t("case.dateOfBirth"), date(child.dateOfBirth) + (child.dateOfBirthEstimated ? ` (${t("case.estimated")})` : "")),
    row(t("case.age"), t("case.ageYears", { age: ageOn(child.dateOfBirth, todayUtc(now)) })),
    row(t("case.nationality"), countryName(child.nationality, locale)),
    row(t("caseFile.countryOfBirth"), child.countryOfBirth ? countryName(child.countryOfBirth, locale) : none),
    row(t("caseFile.placeOfBirth"), opt(child.placeOfBirth)),
    row(t("case.languages"), formatList(locale, child.languages.map((code) => t(`languages.${code}`))) || none),
    row(t("caseFile.preferredLanguage"), child.preferredLanguage ? t(`languages.${child.preferredLanguage}`) : none),
    row(t("caseFile.religion"), opt(child.religion)),
    row(t("caseFile.documentsHeld"), opt(child.documentsHeld)),
  ]);

  const status = section(t("casePdf.statusSection"), [
    row(t("case.status"), t(`status.${child.status}`)),
    ...(child.closedAt ? [row(t("casePdf.closedAt"), date(child.closedAt))] : []),
    row(t("case.risk"), child.riskLevel ? t(`risk.${child.riskLevel}`) : t("case.riskNotSet")),
    ...(riskReason ? [row(t("casePdf.riskReason"), riskReason)] : []),
    ...(child.riskSetAt ? [row(t("casePdf.riskSetAt"), dateTime(child.riskSetAt))] : []),
    ...(["firstActionDueAt", "assessmentDueAt", "casePlanDueAt", "followUpDueAt"] as const)
      .filter((key) => child.due[key])
      .map((key) => row(`${t("dueDates.title")} — ${t(`dueDates.${key}`)}`, dateTime(child.due[key]!))),
    row(t("case.centre"), child.centreName),
    row(t("case.assignedWorker"), child.assignedWorkerName ?? t("caseload.unassigned")),
    row(t("case.registeredBy"), child.registeredByName),
    row(t("case.registeredAt"), dateTime(child.createdAt)),
    row(t("overview.lastChange"), dateTime(child.updatedAt) + (child.lastEditedByName ? ` — ${child.lastEditedByName}` : "")),
  ]);

  const protection = section(t("caseFile.protection"), [
    row(t("case.separationType"), t(`separationType.${child.separationType}`)),
    row(t("caseFile.mobilityProfile"), child.mobilityProfile ? t(`mobilityProfile.${child.mobilityProfile}`) : none),
    row(t("caseFile.protectionConcerns"), formatList(locale, child.protectionConcerns.map((c) => t(`protectionConcern.${c}`))) || none),
    row(t("caseFile.disabilityDetails"), opt(child.disabilityDetails)),
  ]);

  const separation = section(t("caseFile.separation"), [
    row(t("caseFile.separationDate"), child.separationDate ? date(child.separationDate) : none),
    row(t("caseFile.separationPlace"), opt(child.separationPlace)),
    row(t("caseFile.separationCause"), opt(child.separationCause)),
    row(t("caseFile.journeySummary"), opt(child.journeySummary)),
    row(t("case.arrivalDate"), date(child.arrivalDate)),
    row(t("case.referralSource"), t(`referralSource.${child.referralSource}`)),
    ...(child.duplicateCheckNote ? [row(t("overview.duplicateCheckNote"), child.duplicateCheckNote)] : []),
  ]);

  const family = section(
    t("caseFile.family"),
    [],
    child.familyMembers.map((member, index) => ({
      heading: t("caseFile.familyMember", { number: index + 1 }),
      rows: [
        row(t("caseFile.memberName"), member.name),
        row(t("caseFile.relationship"), member.relationship),
        row(t("caseFile.alive"), yesNo(member.alive)),
        row(t("caseFile.lastKnownLocation"), opt(member.lastKnownLocation)),
        row(t("caseFile.phone"), member.phone ? ltr(member.phone) : none),
        row(t("caseFile.inContact"), yesNo(member.inContact)),
        row(t("caseFile.willingToCare"), yesNo(member.willingToCare)),
      ],
    })),
    t("caseFile.noFamily"),
  );

  const consent = section(
    t("caseFile.consent"),
    child.consent.recordedAt
      ? [
          row(t("caseFile.consent"), t("overview.consentRecorded", { date: date(child.consent.recordedAt) })),
          row(t("caseFile.consentGivenBy"), child.consent.givenBy ? t(`consentGiver.${child.consent.givenBy}`) : none),
          ...(child.consent.givenByName ? [row(t("caseFile.consentGivenByName"), child.consent.givenByName)] : []),
          row(t("caseFile.consentCaseManagement"), yesNo(child.consent.caseManagement)),
          row(t("caseFile.consentTracing"), yesNo(child.consent.tracing)),
          row(t("caseFile.consentReporting"), yesNo(child.consent.reporting)),
          row(t("caseFile.shareWith"), formatList(locale, child.consent.shareWith.map((o) => organisationName(o, locale))) || none),
          row(t("caseFile.informationToWithhold"), opt(child.consent.informationToWithhold)),
        ]
      : [],
    [],
    t("overview.consentMissing"),
  );

  const placementSection = section(
    t("casePdf.placementsSection"),
    [],
    placements.map((p) => ({
      heading: `${t(`placements.types.${p.type}`)}${p.location ? ` — ${p.location}` : ""}`,
      rows: [
        row(
          t("casePdf.dates"),
          p.endDate ? t("placements.fromTo", { start: date(p.startDate), end: date(p.endDate) }) : `${t("placements.since", { start: date(p.startDate) })} (${t("placements.active")})`,
        ),
        row(t("placements.columns.days"), t("placements.days", { count: p.daysInCare })),
        row(t("placements.columns.decidedBy"), p.byBidDecision ? t("placements.bidDecision") : opt(p.decidedByName)),
        ...(p.endReason ? [row(t("placements.columns.endReason"), t(`placements.endReasons.${p.endReason}`) + (p.endNotes ? ` — ${p.endNotes}` : ""))] : []),
        ...(p.transferredFrom ? [row("", t("placements.transferredFrom", { centre: p.transferredFrom }))] : []),
        ...(p.capacityOverrideReason ? [row("", t("placements.overridden", { reason: p.capacityOverrideReason }))] : []),
      ],
    })),
    t("placements.empty"),
  );

  const approvedAssessment = [assessments.current, ...assessments.history].find((a) => a?.status === "APPROVED") ?? null;
  const assessmentSection = section(
    t("casePdf.assessmentSection"),
    approvedAssessment
      ? [
          ...(approvedAssessment.interviewDate ? [row(t("assessment.interviewDate"), date(approvedAssessment.interviewDate))] : []),
          row(t("assessment.recommendation"), approvedAssessment.recommendation),
          row(t("assessment.bidRequired"), yesNo(approvedAssessment.bidRequired)),
          ...(approvedAssessment.bidReason ? [row(t("assessment.bidReason"), approvedAssessment.bidReason)] : []),
          row(
            t("casePdf.approved"),
            approvedAssessment.decidedAt ? t("approval.approvedBy", { name: approvedAssessment.decidedByName ?? none, date: date(approvedAssessment.decidedAt) }) : none,
          ),
        ]
      : [],
    [],
    t("casePdf.noApprovedAssessment"),
  );

  const approvedPlan = [plans.current, ...plans.history].find((p) => p?.status === "APPROVED") ?? null;
  const planSection = section(
    t("casePdf.planSection"),
    approvedPlan?.decidedAt ? [row(t("casePdf.approved"), t("approval.approvedBy", { name: approvedPlan.decidedByName ?? none, date: date(approvedPlan.decidedAt) }))] : [],
    (approvedPlan?.goals ?? []).map((goal, index) => ({
      heading: t("casePlan.goalN", { n: index + 1 }),
      rows: [
        row(t("casePlan.goal"), goal.goal),
        row(t("casePlan.intervention"), goal.intervention),
        row(t("casePlan.responsible"), goal.responsibleOrganisation ? organisationName(goal.responsibleOrganisation, locale) : opt(goal.responsibleOther)),
        row(t("casePlan.deadline"), date(goal.deadline)),
        ...(goal.completedAt ? [row(t("casePdf.completed"), date(goal.completedAt))] : []),
      ],
    })),
    t("casePdf.noApprovedPlan"),
  );

  return {
    locale,
    caseNumber: child.caseNumber,
    title: `${child.firstName} ${child.lastName}`,
    confidential: t("casePdf.confidential"),
    confidentialNote: t("app.confidential"),
    generated: t("casePdf.generated", { name: generatedByName, date: dateTime(now) }),
    pageLabel: t("casePdf.page", { page: "{page}", total: "{total}" }),
    sections: [identity, status, protection, separation, family, consent, placementSection, assessmentSection, planSection],
  };
}
