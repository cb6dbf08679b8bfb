import { describe, expect, it } from "vitest";
import { missingCaseFileParts } from "@/lib/cases/case-completeness";

type Input = Parameters<typeof missingCaseFileParts>[0];

const justRegistered: Input = {
  countryOfBirth: null,
  placeOfBirth: null,
  preferredLanguage: null,
  religion: null,
  documentsHeld: null,
  hasPhoto: false,
  mobilityProfile: null,
  protectionConcerns: [],
  disabilityDetails: null,
  separationDate: null,
  separationPlace: null,
  separationCause: null,
  journeySummary: null,
  familyMembers: [],
  consent: {
    givenBy: null,
    givenByName: null,
    caseManagement: false,
    tracing: false,
    reporting: false,
    informationToWithhold: null,
    recordedAt: null,
    shareWith: [],
  },
  riskLevel: null,
};

describe("the parts of a case file still empty", () => {
  it("are all of them right after registration, in the registration page's order", () => {
    expect(missingCaseFileParts(justRegistered)).toEqual(["identity", "photo", "protection", "separation", "family", "consent", "risk"]);
  });

  it("drop a part as soon as one of its fields is filled", () => {
    expect(missingCaseFileParts({ ...justRegistered, placeOfBirth: "Kayes" })).not.toContain("identity");
    expect(missingCaseFileParts({ ...justRegistered, protectionConcerns: ["TRAFFICKING_SUSPECTED"] })).not.toContain("protection");
    expect(missingCaseFileParts({ ...justRegistered, separationDate: new Date("2026-01-02") })).not.toContain("separation");
    expect(missingCaseFileParts({ ...justRegistered, hasPhoto: true })).not.toContain("photo");
    expect(missingCaseFileParts({ ...justRegistered, riskLevel: "LOW" })).not.toContain("risk");
  });

  it("count an empty text as not filled", () => {
    expect(missingCaseFileParts({ ...justRegistered, religion: "" })).toContain("identity");
  });

  it("need a family member and a recorded consent", () => {
    const member = { id: "m", relationship: "Mère", name: "A", alive: true, lastKnownLocation: null, phone: null, inContact: false, willingToCare: null };
    const complete = missingCaseFileParts({
      ...justRegistered,
      familyMembers: [member],
      consent: { ...justRegistered.consent, recordedAt: new Date() },
    });
    expect(complete).not.toContain("family");
    expect(complete).not.toContain("consent");
  });

  it("are none for a complete file", () => {
    expect(
      missingCaseFileParts({
        ...justRegistered,
        documentsHeld: "Acte de naissance",
        hasPhoto: true,
        mobilityProfile: "DOMESTIC_WORK",
        journeySummary: "…",
        familyMembers: [{ id: "m", relationship: "Père", name: "B", alive: null, lastKnownLocation: null, phone: null, inContact: true, willingToCare: null }],
        consent: { ...justRegistered.consent, recordedAt: new Date() },
        riskLevel: "HIGH",
      }),
    ).toEqual([]);
  });
});
