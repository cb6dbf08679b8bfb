// The registration details of a demo child beyond the first screen: birth, language, documents,
// mobility profile and protection concerns, separation history, consent and the reason for the
// risk level. Each part draws from its own stream (seed-random.ts streamFor), so the children of
// seed-children.ts keep their values.
import type { CaseStatus, ConsentGiver, MobilityProfile, ProtectionConcern } from "@/lib/generated/prisma/enums";
import { CENTRES } from "@/prisma/demo-data";
import { DAY, SEED, wholeYears, type DemoChild } from "./seed-children";
import type { Nationality } from "./seed-names";
import { between, lowestDraws, pick, streamFor, weighted, type Random } from "./seed-random";
import { DISABILITY_DETAILS, DOCUMENTS, OTHER_BIRTH_COUNTRY, TOWNS, journeySummary, riskReason, separationCause } from "./seed-texts";

/** Children without consent to non-identifying reporting: the indicator reports leave them out. */
const WITHOUT_REPORTING_CONSENT = 9;
/** Children who do not (yet) want their family traced. */
const WITHOUT_TRACING_CONSENT = 12;
/** Family tracing is under way or done for these, so the child agreed to it. */
const TRACING_NEEDED: CaseStatus[] = ["BID_PENDING", "CLOSED", "TRANSFERRED"];

export type CaseProfile = {
  countryOfBirth: string;
  placeOfBirth: string;
  preferredLanguage: string;
  documentsHeld: string | null;
  mobilityProfile: MobilityProfile;
  protectionConcerns: ProtectionConcern[];
  disabilityDetails: string | null;
  separationDate: Date | null;
  separationPlace: string | null;
  separationCause: string | null;
  journeySummary: string | null;
  consentGivenBy: ConsentGiver;
  consentCaseManagement: boolean;
  consentTracing: boolean;
  consentReporting: boolean;
  consentRecordedAt: Date;
  /** A worker's words (OTHER) whenever the child has a risk level. */
  riskReasonCode: "OTHER" | null;
  riskReason: string | null;
};

/** What the later parts of the case file (assessment, plan, notes) tell about the child. */
export type ProfiledChild = DemoChild & {
  profile: CaseProfile;
  /** Where the family lives. */
  homeTown: string;
  centreTown: string;
  ageOnArrival: number;
};

const WEST_AFRICA_TALIBE: Nationality[] = ["SN", "GN", "ML"];

function mobilityProfileOf(random: Random, child: DemoChild, age: number): MobilityProfile {
  const boatDepartures = child.centreCode === "NDB";
  if (child.sex === "MALE") {
    if (child.nationality === "MR") return weighted<MobilityProfile>(random, { STREET_CONNECTED: 3, OTHER: 2, TALIBE_MAHADRA: 1 });
    if (WEST_AFRICA_TALIBE.includes(child.nationality)) {
      return weighted<MobilityProfile>(random, {
        TALIBE_MAHADRA: age <= 14 ? 6 : 2,
        IN_TRANSIT: boatDepartures ? 5 : age >= 15 ? 3 : 1,
        STREET_CONNECTED: 1.5,
        OTHER: 0.5,
      });
    }
    return weighted<MobilityProfile>(random, { IN_TRANSIT: boatDepartures ? 5 : 2, STREET_CONNECTED: 2, OTHER: 1 });
  }
  if (age < 10) return weighted<MobilityProfile>(random, { OTHER: 2, STREET_CONNECTED: 1 });
  return weighted<MobilityProfile>(random, { DOMESTIC_WORK: 6, IN_TRANSIT: boatDepartures ? 2 : 0.5, STREET_CONNECTED: 1, OTHER: 1 });
}

function concernsOf(random: Random, child: DemoChild, profile: MobilityProfile, age: number): ProtectionConcern[] {
  const concerns: ProtectionConcern[] = [];
  const trafficking = { DOMESTIC_WORK: 0.25, IN_TRANSIT: 0.15, TALIBE_MAHADRA: 0.05 }[profile as string] ?? 0;
  const exploitation = { TALIBE_MAHADRA: 0.3, DOMESTIC_WORK: 0.25, STREET_CONNECTED: 0.1 }[profile as string] ?? 0;
  if (random() < trafficking) concerns.push("TRAFFICKING_SUSPECTED");
  if (random() < exploitation) concerns.push("EXPLOITATION");
  if (random() < (child.riskLevel === "HIGH" ? 0.3 : 0.08)) concerns.push("VIOLENCE");
  if (random() < 0.04) concerns.push("DISABILITY");
  if (random() < 0.12) concerns.push("HEALTH");
  if (child.sex === "FEMALE" && age >= 15 && random() < 0.15) concerns.push("PREGNANT");
  return concerns;
}

/** Separation long enough before arrival for the profile, never before the child was five. */
function separationDateOf(random: Random, child: DemoChild, profile: MobilityProfile): Date {
  const [min, max] = { TALIBE_MAHADRA: [120, 900], DOMESTIC_WORK: [60, 600], IN_TRANSIT: [10, 120], STREET_CONNECTED: [30, 400], OTHER: [5, 200] }[
    profile
  ];
  const earliest = Date.UTC(child.dateOfBirth.getUTCFullYear() + 5, child.dateOfBirth.getUTCMonth(), child.dateOfBirth.getUTCDate());
  const date = child.arrivalDate.getTime() - between(random, min, max) * DAY;
  return new Date(Math.min(Math.max(date, earliest), child.arrivalDate.getTime() - 2 * DAY));
}

function consentGiverOf(random: Random, age: number): ConsentGiver {
  if (age < 12) return random() < 0.6 ? "CAREGIVER" : "CHILD";
  return random() < 0.92 ? "CHILD" : "CAREGIVER";
}

/** The same details for the same child on every run, whichever children a run creates. */
export function profileChildren(children: DemoChild[]): ProfiledChild[] {
  const caseNumbers = children.map((c) => c.caseNumber);
  const withoutReporting = lowestDraws(SEED, caseNumbers, "reporting", WITHOUT_REPORTING_CONSENT);
  const tracingOptional = children.filter((c) => !TRACING_NEEDED.includes(c.status)).map((c) => c.caseNumber);
  const withoutTracing = lowestDraws(SEED, tracingOptional, "tracing", WITHOUT_TRACING_CONSENT);
  return children.map((child) => {
    const ageOnArrival = wholeYears(child.dateOfBirth, child.arrivalDate);
    const centreTown = CENTRES.find((c) => c.code === child.centreCode)!.town;

    const identity = streamFor(SEED, child.caseNumber, "identity");
    const countryOfBirth = identity() < 0.1 ? OTHER_BIRTH_COUNTRY[child.nationality] : child.nationality;
    const placeOfBirth = pick(identity, TOWNS[countryOfBirth]);
    const homeTown = countryOfBirth === child.nationality ? placeOfBirth : pick(identity, TOWNS[child.nationality]);
    const documentsHeld = identity() < 0.35 ? pick(identity, DOCUMENTS) : null;

    const protection = streamFor(SEED, child.caseNumber, "protection");
    const mobilityProfile = mobilityProfileOf(protection, child, ageOnArrival);
    const protectionConcerns = concernsOf(protection, child, mobilityProfile, ageOnArrival);

    const separation = streamFor(SEED, child.caseNumber, "separation");
    const known = separation() < 0.9;
    const separationDate = separationDateOf(separation, child, mobilityProfile);
    const story = { sex: child.sex, profile: mobilityProfile, homeTown, centreTown, foreign: child.nationality !== "MR", separationDate };

    const consent = streamFor(SEED, child.caseNumber, "consent");
    const risk = streamFor(SEED, child.caseNumber, "riskReason");
    return {
      ...child,
      homeTown,
      centreTown,
      ageOnArrival,
      profile: {
        countryOfBirth,
        placeOfBirth,
        preferredLanguage: child.languages[0],
        documentsHeld,
        mobilityProfile,
        protectionConcerns,
        disabilityDetails: protectionConcerns.includes("DISABILITY") ? pick(protection, DISABILITY_DETAILS) : null,
        separationDate: known ? separationDate : null,
        separationPlace: known ? homeTown : null,
        separationCause: known ? separationCause(separation, story) : null,
        journeySummary: known ? journeySummary(separation, story) : null,
        consentGivenBy: consentGiverOf(consent, ageOnArrival),
        consentCaseManagement: true,
        consentTracing: !withoutTracing.has(child.caseNumber),
        consentReporting: !withoutReporting.has(child.caseNumber),
        consentRecordedAt: child.arrivalDate,
        riskReasonCode: child.riskLevel ? "OTHER" : null,
        riskReason: child.riskLevel ? riskReason(risk, child.riskLevel, { sex: child.sex, profile: mobilityProfile, concerns: protectionConcerns }) : null,
      },
    };
  });
}
