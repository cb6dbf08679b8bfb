// Which parts of a case file are still empty after registration (docs/domain.md, "The case file").
// Registration asks only for what is needed to open the case; the rest is filled section by
// section, and the overview lists what is still missing so that nothing is forgotten.
import type { CaseDetail } from "./case.dto";

/** A part of the case file, in the order the registration page shows it. */
export type CaseFilePart = "identity" | "photo" | "protection" | "separation" | "family" | "consent" | "risk";

const filled = (...values: (string | Date | null | readonly unknown[])[]) =>
  values.some((value) => (Array.isArray(value) ? value.length > 0 : value !== null && value !== ""));

/** The parts with nothing recorded yet beyond what registration requires. */
export function missingCaseFileParts(child: Pick<
  CaseDetail,
  | "countryOfBirth" | "placeOfBirth" | "preferredLanguage" | "religion" | "documentsHeld" | "hasPhoto" | "mobilityProfile"
  | "protectionConcerns" | "disabilityDetails" | "separationDate" | "separationPlace" | "separationCause" | "journeySummary"
  | "familyMembers" | "consent" | "riskLevel"
>): CaseFilePart[] {
  const complete: Record<CaseFilePart, boolean> = {
    identity: filled(child.countryOfBirth, child.placeOfBirth, child.preferredLanguage, child.religion, child.documentsHeld),
    photo: child.hasPhoto,
    protection: filled(child.mobilityProfile, child.protectionConcerns, child.disabilityDetails),
    separation: filled(child.separationDate, child.separationPlace, child.separationCause, child.journeySummary),
    family: child.familyMembers.length > 0,
    consent: child.consent.recordedAt !== null,
    risk: child.riskLevel !== null,
  };
  return (Object.keys(complete) as CaseFilePart[]).filter((part) => !complete[part]);
}
