import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import Link from "next/link";
import { CaseShell } from "@/components/case/case-shell";
import { DueDates } from "@/components/case/due-dates";
import { Alert } from "@/components/ui/alert";
import { RiskBadge } from "@/components/ui/badges";
import { Card } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import { missingCaseFileParts } from "@/lib/cases/case-completeness";
import type { CaseDetail } from "@/lib/cases/case.dto";
import { ageOn, todayUtc } from "@/lib/dates/calendar";
import { getCase } from "@/lib/cases/get-case";
import { riskReasonText } from "@/lib/cases/risk-reason";
import { formatList } from "@/lib/i18n/list-format";
import { orNotFound } from "@/lib/or-not-found";
import { organisationName } from "@/lib/organisations/organisation-name";
import { countryName } from "@/lib/reference/countries";
import { RiskForm } from "./risk-form";
import { Definition } from "@/components/ui/definition";

// The case number is not put in the title: titles end up in browser history and bookmarks.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("nav");
  return { title: t("caseload") };
}


function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card title={title}>
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">{children}</dl>
    </Card>
  );
}

/** The parts of the case file still empty, each a link to its section (or to the risk form). */
async function ToComplete({ child }: { child: CaseDetail }) {
  const missing = missingCaseFileParts(child);
  if (child.status === "CLOSED" || missing.length === 0) return null;
  const t = await getTranslations("overview");
  const href = (part: string) => (part === "risk" ? "#risk-title" : `/cases/${child.id}/registration#section-${part}`);
  return (
    <Card title={t("toComplete")} labelledBy="to-complete-title" testId="to-complete" tone="attention">
      <p className="text-sm text-slate-700">{t("toCompleteHint")}</p>
      <ul className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2">
        {missing.map((part) => (
          <li key={part}>
            {child.viewer.canEdit ? (
              <Link href={href(part)} className="text-brand-700 underline">
                {t(`parts.${part}`)}
              </Link>
            ) : (
              t(`parts.${part}`)
            )}
          </li>
        ))}
      </ul>
    </Card>
  );
}

export default async function CasePage({ params, searchParams }: PageProps<"/cases/[caseId]">) {
  const actor = await requireActor();
  const { caseId } = await params;
  // Reading the case writes the access-log row.
  const child = await orNotFound(getCase(actor, caseId));
  const justRegistered = (await searchParams).registered === "1";
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  const date = (value: Date) => format.dateTime(value, "date");
  const none = t("case.none");
  const riskReason = riskReasonText(child, t);

  return (
    <CaseShell child={child} active="overview">
      {justRegistered && (
        <Alert tone="success" className="p-3">
          {t("case.registered", { caseNumber: child.caseNumber })}
        </Alert>
      )}
      <ToComplete child={child} />

      <div className="grid gap-5 lg:grid-cols-2">
        <Card title={t("dueDates.title")} labelledBy="due-title">
          <DueDates due={child.due} />
        </Card>
        <Card title={t("risk.label")} labelledBy="risk-title" className="space-y-3">
          <p>
            <RiskBadge risk={child.riskLevel} />
            {riskReason && (
              <span className="ms-2 text-sm text-slate-700" dir="auto" data-testid="risk-reason">
                {riskReason}
              </span>
            )}
          </p>
          {child.viewer.canEdit && <RiskForm caseId={child.id} version={child.version} current={child.riskLevel} />}
        </Card>
      </div>

      <Section title={t("case.identity")}>
        <Definition label={t("case.firstName")}>
          <span dir="auto">{child.firstName}</span>
        </Definition>
        <Definition label={t("case.lastName")}>
          <span dir="auto">{child.lastName}</span>
        </Definition>
        <Definition label={t("case.otherNames")}>
          <span dir="auto">{child.otherNames ?? none}</span>
        </Definition>
        <Definition label={t("case.sex")}>{t(`sex.${child.sex}`)}</Definition>
        <Definition label={t("case.dateOfBirth")}>
          {date(child.dateOfBirth)}
          {child.dateOfBirthEstimated && ` (${t("case.estimated")})`}
        </Definition>
        <Definition label={t("case.age")}>{t("case.ageYears", { age: ageOn(child.dateOfBirth, todayUtc()) })}</Definition>
        <Definition label={t("case.nationality")}>{countryName(child.nationality, locale)}</Definition>
        <Definition label={t("case.languages")}>{formatList(locale, child.languages.map((code) => t(`languages.${code}`)))}</Definition>
        {child.hasPhoto && (
          <Definition label={t("caseFile.photo")}>
            {/* eslint-disable-next-line @next/next/no-img-element -- private image served per user, never cached */}
            <img src={`/cases/${child.id}/photo?v=${child.version}`} alt={t("caseFile.photoAlt")} className="h-28 w-24 rounded border object-cover" />
          </Definition>
        )}
      </Section>

      <Section title={t("caseFile.protection")}>
        <Definition label={t("case.separationType")}>{t(`separationType.${child.separationType}`)}</Definition>
        <Definition label={t("caseFile.mobilityProfile")}>{child.mobilityProfile ? t(`mobilityProfile.${child.mobilityProfile}`) : none}</Definition>
        <Definition label={t("caseFile.protectionConcerns")}>
          {child.protectionConcerns.length ? formatList(locale, child.protectionConcerns.map((c) => t(`protectionConcern.${c}`))) : none}
        </Definition>
        <Definition label={t("caseFile.family")}>{t("overview.familyCount", { count: child.familyMembers.length })}</Definition>
        <Definition label={t("caseFile.consent")}>
          {child.consent.recordedAt ? t("overview.consentRecorded", { date: date(child.consent.recordedAt) }) : t("overview.consentMissing")}
        </Definition>
        <Definition label={t("caseFile.shareWith")}>{formatList(locale, child.consent.shareWith.map((o) => organisationName(o, locale))) || none}</Definition>
      </Section>

      <Section title={t("case.arrival")}>
        <Definition label={t("case.arrivalDate")}>{date(child.arrivalDate)}</Definition>
        <Definition label={t("case.referralSource")}>{t(`referralSource.${child.referralSource}`)}</Definition>
        {child.duplicateCheckNote && (
          <Definition label={t("overview.duplicateCheckNote")}>
            <span dir="auto" data-testid="duplicate-check-note">
              {child.duplicateCheckNote}
            </span>
          </Definition>
        )}
      </Section>

      <Section title={t("case.management")}>
        <Definition label={t("case.centre")}>{child.centreName}</Definition>
        <Definition label={t("case.assignedWorker")}>
          {child.assignedWorkerName ?? t("caseload.unassigned")}
          {child.viewer.canAssign && (
            <Link href={`/cases/${child.id}/assignment`} className="ms-2 text-sm font-semibold text-brand-700 underline">
              {t("overview.reassign")}
            </Link>
          )}
        </Definition>
        <Definition label={t("case.registeredBy")}>{child.registeredByName}</Definition>
        <Definition label={t("case.registeredAt")}>{format.dateTime(child.createdAt, "dateTime")}</Definition>
        <Definition label={t("overview.lastChange")}>
          {format.dateTime(child.updatedAt, "dateTime")}
          {child.lastEditedByName && ` — ${child.lastEditedByName}`}
        </Definition>
      </Section>
    </CaseShell>
  );
}
