import { describe, expect, it } from "vitest";
import { consentSection, familySection, identitySection, protectionSection, separationSection } from "@/lib/cases/case-file.schema";
import { fieldErrorsByPath } from "@/lib/field-errors";

const errors = (result: { success: boolean; error?: unknown }) =>
  result.success ? {} : fieldErrorsByPath(result.error as Parameters<typeof fieldErrorsByPath>[0]);

describe("case-file sections", () => {
  it("identity: Arabic names, estimated flag from a checkbox, countries upper-cased, blank optional text → null", () => {
    const parsed = identitySection.parse({
      firstName: "محمد",
      lastName: "ولد أحمد",
      otherNames: " ",
      sex: "MALE",
      dateOfBirth: "2012-01-01",
      dateOfBirthEstimated: "on",
      nationality: "mr",
      countryOfBirth: "sn",
      placeOfBirth: "",
      languages: ["ar", "mey", "ar"],
      preferredLanguage: "",
      religion: "",
      documentsHeld: "",
    });
    expect(parsed).toMatchObject({ otherNames: null, dateOfBirthEstimated: true, nationality: "MR", countryOfBirth: "SN", languages: ["ar", "mey"], preferredLanguage: null });
  });

  it("identity: unknown countries and no language are reported on their fields", () => {
    const result = identitySection.safeParse({ firstName: "A", lastName: "B", sex: "FEMALE", dateOfBirth: "2012-01-01", nationality: "ZZ", countryOfBirth: "QQ", languages: false });
    expect(errors(result)).toEqual({ nationality: "unknownNationality", countryOfBirth: "unknownCountry", languages: "languagesRequired" });
  });

  it("protection: no concern ticked (react-hook-form gives false) is an empty list", () => {
    expect(protectionSection.parse({ separationType: "SEPARATED", mobilityProfile: "", protectionConcerns: false }).protectionConcerns).toEqual([]);
  });

  it("separation: a future date is refused", () => {
    expect(errors(separationSection.safeParse({ separationDate: "2999-01-01" }))).toEqual({ separationDate: "dateInFuture" });
  });

  it("family: errors carry the row's path; tri-state answers map to true / false / unknown", () => {
    const result = familySection.safeParse({ members: [{ relationship: "Père", name: "", alive: "no", phone: "12" }] });
    expect(errors(result)).toEqual({ "members.0.name": "required", "members.0.phone": "phoneFormat" });
    const ok = familySection.parse({ members: [{ relationship: "Père", name: "Oumar", alive: "no", willingToCare: "", phone: "+222 22 33 44 55" }] });
    expect(ok.members[0]).toMatchObject({ alive: false, willingToCare: null, inContact: false });
  });

  it("consent: any consent needs who gave it; someone other than the child needs a name", () => {
    expect(errors(consentSection.safeParse({ consentTracing: true }))).toEqual({ consentGivenBy: "consentGiverRequired" });
    expect(errors(consentSection.safeParse({ consentGivenBy: "CAREGIVER", consentTracing: true }))).toEqual({ consentGivenByName: "required" });
    expect(consentSection.safeParse({ consentGivenBy: "CHILD", consentReporting: "on", shareWith: false }).success).toBe(true);
  });
});
