import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CaseShell } from "@/components/case/case-shell";
import { requireActor } from "@/lib/auth/session";
import type { CaseDetail } from "@/lib/cases/case.dto";
import { toIsoDate } from "@/lib/dates/calendar";
import { getCase } from "@/lib/cases/get-case";
import { listOrganisations } from "@/lib/organisations/list-organisations";
import { orNotFound } from "@/lib/or-not-found";
import { COUNTRY_CODES, countryName } from "@/lib/reference/countries";
import { RegistrationSections, type SectionDefaults } from "./registration-sections";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("caseTabs"))("registration") };
}

const date = (value: Date | null) => (value ? toIsoDate(value) : "");
const tri = (value: boolean | null) => (value === true ? "yes" : value === false ? "no" : "");

function defaultsOf(child: CaseDetail): SectionDefaults {
  return {
    identity: {
      firstName: child.firstName,
      lastName: child.lastName,
      otherNames: child.otherNames ?? "",
      sex: child.sex,
      dateOfBirth: date(child.dateOfBirth),
      dateOfBirthEstimated: child.dateOfBirthEstimated,
      nationality: child.nationality,
      countryOfBirth: child.countryOfBirth ?? "",
      placeOfBirth: child.placeOfBirth ?? "",
      languages: child.languages,
      preferredLanguage: child.preferredLanguage ?? "",
      religion: child.religion ?? "",
      documentsHeld: child.documentsHeld ?? "",
    },
    protection: {
      separationType: child.separationType,
      mobilityProfile: child.mobilityProfile ?? "",
      protectionConcerns: child.protectionConcerns,
      disabilityDetails: child.disabilityDetails ?? "",
    },
    separation: {
      separationDate: date(child.separationDate),
      separationPlace: child.separationPlace ?? "",
      separationCause: child.separationCause ?? "",
      journeySummary: child.journeySummary ?? "",
    },
    family: {
      members: child.familyMembers.map((m) => ({
        id: m.id,
        relationship: m.relationship,
        name: m.name,
        alive: tri(m.alive),
        lastKnownLocation: m.lastKnownLocation ?? "",
        phone: m.phone ?? "",
        inContact: m.inContact,
        willingToCare: tri(m.willingToCare),
      })),
    },
    consent: {
      consentGivenBy: child.consent.givenBy ?? "",
      consentGivenByName: child.consent.givenByName ?? "",
      consentCaseManagement: child.consent.caseManagement,
      consentTracing: child.consent.tracing,
      consentReporting: child.consent.reporting,
      shareWith: child.consent.shareWith.map((o) => o.id),
      informationToWithhold: child.consent.informationToWithhold ?? "",
    },
    arrival: { arrivalDate: date(child.arrivalDate), referralSource: child.referralSource },
  };
}

export default async function RegistrationPage({ params }: PageProps<"/cases/[caseId]/registration">) {
  const actor = await requireActor();
  const { caseId } = await params;
  const child = await orNotFound(getCase(actor, caseId, "registration"));
  const locale = await getLocale();
  const [organisations, t] = await Promise.all([listOrganisations(actor, locale), getTranslations("caseFile")]);
  const collator = new Intl.Collator(locale);
  const countries = COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code, locale) })).sort((a, b) => collator.compare(a.label, b.label));

  return (
    <CaseShell child={child} active="registration">
      <p className="text-sm text-slate-600">{child.viewer.canEdit ? t("intro") : t("readOnly")}</p>
      <RegistrationSections
        caseId={child.id}
        initialVersion={child.version}
        readOnly={!child.viewer.canEdit}
        hasPhoto={child.hasPhoto}
        defaults={defaultsOf(child)}
        countries={countries}
        organisations={organisations.map((o) => ({ value: o.id, label: o.name }))}
      />
    </CaseShell>
  );
}
