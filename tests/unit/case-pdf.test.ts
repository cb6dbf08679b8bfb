import fs from "node:fs";
import path from "node:path";
// The font engine PDFKit draws with: what it has a glyph for is what prints.
import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";
import type { CaseAssessments } from "@/lib/assessments/assessment.dto";
import type { CaseCasePlans } from "@/lib/case-plans/case-plan.dto";
import type { CaseDetail } from "@/lib/cases/case.dto";
import { firstStrongDirection, fontClassOf, visualRuns, type FontClass } from "@/lib/exports/case-pdf/bidi-text";
import { buildCasePdfDocument } from "@/lib/exports/case-pdf/build-case-pdf";
import { FONT_FILES, renderCasePdf, type CasePdfLocale } from "@/lib/exports/case-pdf/render-case-pdf";
import { woffToSfnt } from "@/lib/exports/case-pdf/woff-to-sfnt";
import type { PlacementHistoryItem } from "@/lib/placements/list-case-placements";
import { pdfText } from "../support/case-pdf-text";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function sampleChild(overrides: Partial<CaseDetail> = {}): CaseDetail {
  return {
    id: "00000000-0000-4000-8000-000000000001",
    caseNumber: "NDB-2026-00042",
    firstName: "محمد",
    lastName: "ولد أحمد",
    sex: "MALE",
    dateOfBirth: day("2012-03-12"),
    dateOfBirthEstimated: true,
    nationality: "ML",
    status: "IMPLEMENTATION",
    riskLevel: "HIGH",
    arrivalDate: day("2026-01-05"),
    nextDueAt: null,
    centreCode: "NDB",
    assignedWorkerName: "Aïcha Mint Sidi",
    otherNames: "Hamma",
    languages: ["ar", "fr"],
    separationType: "UNACCOMPANIED",
    referralSource: "POLICE",
    centreId: "00000000-0000-4000-8000-000000000002",
    centreName: "CPISE Nouadhibou",
    assignedWorkerId: null,
    registeredByName: "Aïcha Mint Sidi",
    createdAt: new Date("2026-01-05T10:00:00Z"),
    updatedAt: new Date("2026-02-01T10:00:00Z"),
    version: 3,
    lastEditedByName: null,
    countryOfBirth: "ML",
    placeOfBirth: "Kayes",
    preferredLanguage: "ar",
    religion: null,
    documentsHeld: null,
    hasPhoto: true,
    mobilityProfile: "IN_TRANSIT",
    protectionConcerns: ["TRAFFICKING_SUSPECTED"],
    disabilityDetails: null,
    separationDate: day("2025-12-20"),
    separationPlace: "Port de Nouadhibou",
    separationCause: "Séparé de son oncle à l'embarquement",
    journeySummary: "غادر الطفل كايس مع عمه (45 سنة) متجهاً إلى نواذيبو.",
    consent: {
      givenBy: "CHILD",
      givenByName: null,
      caseManagement: true,
      tracing: true,
      reporting: false,
      informationToWithhold: null,
      recordedAt: day("2026-01-06"),
      shareWith: [{ id: "o1", name: "OIM Mauritanie", nameAr: "المنظمة الدولية للهجرة" }],
    },
    familyMembers: [
      { id: "f1", relationship: "Oncle", name: "أحمد ولد سيدي", alive: true, lastKnownLocation: "Kayes", phone: "+223 70 00 00 00", inContact: false, willingToCare: null },
    ],
    duplicateCheckNote: null,
    riskReasonCode: "OTHER",
    riskReason: "Exploitation signalée",
    riskSetAt: new Date("2026-01-06T09:00:00Z"),
    due: { firstActionDueAt: null, assessmentDueAt: null, casePlanDueAt: null, followUpDueAt: new Date("2026-03-01T00:00:00Z") },
    closedAt: null,
    viewer: { canEdit: true, canNote: true, canApprove: false, canAssign: false, canSeeHistory: false },
    ...overrides,
  };
}

const assessments: CaseAssessments = {
  current: {
    id: "a1",
    status: "APPROVED",
    interviewDate: day("2026-01-09"),
    interviewLanguage: "bm",
    interpreterUsed: true,
    interpreterName: "Moussa Traoré",
    childViews: "Je veux retrouver ma mère.",
    caregiverViews: "",
    factors: {} as CaseAssessments["current"] extends infer A ? (A extends { factors: infer F } ? F : never) : never,
    options: "Réunification",
    recommendation: "Recherche familiale au Mali puis réunification.",
    bidRequired: true,
    bidReason: "Séparation transfrontalière",
    authorName: "Aïcha Mint Sidi",
    createdAt: day("2026-01-10"),
    updatedAt: day("2026-01-12"),
    submittedAt: day("2026-01-11"),
    decidedByName: "Superviseur NDB",
    decidedAt: day("2026-01-12"),
    rejectionReason: null,
  },
  history: [],
  approved: true,
};

const plans: CaseCasePlans = {
  current: {
    id: "p1",
    status: "APPROVED",
    goals: [
      {
        id: "g1",
        goal: "Retrouver la famille",
        intervention: "Recherche par la Croix-Rouge",
        responsibleOrganisationId: null,
        responsibleOrganisation: { name: "IOM", nameAr: "المنظمة الدولية للهجرة" },
        responsibleOther: null,
        deadline: day("2026-04-01"),
        completedAt: null,
      },
    ],
    authorName: "Aïcha Mint Sidi",
    createdAt: day("2026-01-15"),
    updatedAt: day("2026-01-16"),
    submittedAt: day("2026-01-15"),
    decidedByName: "Superviseur NDB",
    decidedAt: day("2026-01-16"),
    rejectionReason: null,
  },
  history: [],
  assessmentApproved: true,
};

const placements: PlacementHistoryItem[] = [
  {
    id: "pl1",
    type: "CPISE_RESIDENTIAL",
    startDate: day("2026-01-05"),
    endDate: null,
    endReason: null,
    endNotes: null,
    notes: null,
    location: "CPISE Nouadhibou",
    caregiverRelationship: null,
    address: null,
    contactPhone: null,
    decidedByName: "Aïcha Mint Sidi",
    byBidDecision: false,
    capacityOverrideReason: null,
    transferredFrom: null,
    daysInCare: 48,
    version: 1,
    reviewFlagged: false,
    reviewReason: null,
  },
];

const now = new Date("2026-02-22T12:30:00Z");
const build = (locale: CasePdfLocale, child = sampleChild()) =>
  buildCasePdfDocument({ child, assessments, plans, placements, locale, generatedByName: "Aïcha Mint Sidi", now });

// Rendering and reading back PDFs takes a few seconds on a loaded 2-core machine.
describe("renderCasePdf", { timeout: 30_000 }, () => {
  it.each([
    ["fr", "CONFIDENTIEL", (n: number, total: number) => `Page ${n} / ${total}`, "Recherche familiale au Mali puis réunification."],
    ["en", "CONFIDENTIAL", (n: number, total: number) => `Page ${n} of ${total}`, "Approved case plan: goals"],
  ] as const)("renders a %s PDF with the case number, the confidential mark and page numbers", async (locale, mark, pageLabel, text) => {
    const bytes = await renderCasePdf(build(locale));
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const pages = await pdfText(bytes);
    pages.forEach((page, i) => {
      for (const expected of ["NDB-2026-00042", mark, pageLabel(i + 1, pages.length)]) expect(page).toContain(expected);
    });
    const all = pages.join(" ");
    for (const expected of ["Aïcha Mint Sidi", "Port de Nouadhibou", "Retrouver la famille", text]) expect(all).toContain(expected);
  });

  it("renders an Arabic PDF (Arabic names, right to left) with the case number", async () => {
    const document = build("ar");
    expect(document.title).toBe("محمد ولد أحمد");
    expect(document.confidential).toBe("سري");
    const bytes = await renderCasePdf(document);
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = (await pdfText(bytes)).join(" ");
    expect(text).toContain("NDB-2026-00042");
    expect(text).toContain("محمد");
    // Arabic glyphs come from the embedded Noto Sans Arabic subset.
    expect(bytes.toString("latin1")).toMatch(/NotoSansArabic/);
  });

  it("never shows the photo and says when there is nothing approved", () => {
    const document = build("en", sampleChild({ familyMembers: [] }));
    const all = JSON.stringify(document);
    expect(all).not.toMatch(/photo/i);
    const withoutApprovals = buildCasePdfDocument({
      child: sampleChild(),
      assessments: { current: null, history: [], approved: false },
      plans: { current: null, history: [], assessmentApproved: false },
      placements: [],
      locale: "en",
      generatedByName: "X",
      now,
    });
    const empties = withoutApprovals.sections.filter((s) => s.rows.length === 0 && s.blocks.length === 0).map((s) => s.empty);
    expect(empties).toEqual(["No placement recorded for this child.", "No approved assessment.", "No approved case plan."]);
  });

  it("shows a runaway's risk reason in the reader's language, and a worker's words as written", () => {
    const reasonRow = (locale: CasePdfLocale, child: ReturnType<typeof sampleChild>) =>
      build(locale, child).sections.flatMap((s) => s.rows).find((r) => r.label === { fr: "Motif du niveau de risque", en: "Reason for the risk level", ar: "سبب مستوى الخطورة" }[locale])?.value;
    const ranAway = sampleChild({ riskReasonCode: "RAN_AWAY", riskReason: null });
    expect([reasonRow("fr", ranAway), reasonRow("en", ranAway), reasonRow("ar", ranAway)]).toEqual(["Fugue", "Ran away", "هروب"]);
    expect(reasonRow("ar", sampleChild())).toBe("Exploitation signalée");
    expect(reasonRow("fr", sampleChild({ riskLevel: null, riskReasonCode: null, riskReason: null }))).toBeUndefined();
  });

  it("adds pages, each with its number, for a long case file", async () => {
    const child = sampleChild({ journeySummary: "Parti de Kayes avec son oncle, séparé au port. ".repeat(400) });
    const pages = await pdfText(await renderCasePdf(build("fr", child)));
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} / ${pages.length}`);
      expect(page).toContain("CONFIDENTIEL");
    });
  });
});

describe("visualRuns (bidi order for PDFKit)", () => {
  it("puts an Arabic name right to left inside a left-to-right line, each word in logical order for shaping", () => {
    expect(visualRuns("Élodie محمد ولد", "ltr").map((r) => `${r.font}:${r.text}`)).toEqual(["latin:Élodie ", "arabic:ولد", "latin: ", "arabic:محمد"]);
  });

  it("orders a right-to-left line from the right and mirrors brackets; numbers stay left to right", () => {
    expect(visualRuns("محمد (12)", "rtl").map((r) => r.text)).toEqual(["(", "12", ") ", "محمد"]);
  });

  it("gives data the direction of its first strong letter, like dir=auto on the pages", () => {
    expect(firstStrongDirection("Recherche familiale au Mali.")).toBe("ltr");
    expect(firstStrongDirection("(45) محمد Diallo")).toBe("rtl");
    expect(firstStrongDirection("— 12")).toBeNull();
    // A French sentence in an Arabic document keeps its final full stop on the right.
    expect(visualRuns("Recherche au Mali.", "ltr").map((r) => r.text).join("")).toBe("Recherche au Mali.");
    expect(visualRuns("Recherche au Mali.", "rtl").map((r) => r.text).join("")).toBe(".Recherche au Mali");
  });

  it("does not draw bidi isolates", () => {
    expect(visualRuns("هاتف \u2066+222 22\u2069", "rtl").map((r) => r.text).join("")).not.toMatch(/[\u2066\u2069]/);
  });
});

const fonts = Object.fromEntries(
  (Object.keys(FONT_FILES) as FontClass[]).map((font) => [
    font,
    fontkit.create(woffToSfnt(fs.readFileSync(path.join("node_modules", FONT_FILES[font].regular)))),
  ]),
);

/** Every string anywhere in the document. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

// White space and bidi controls are never drawn as glyphs.
const NOT_DRAWN = /[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

describe("the case PDF's fonts", () => {
  const ended: PlacementHistoryItem = { ...placements[0], id: "pl0", startDate: day("2025-12-21"), endDate: day("2026-01-05"), endReason: "TRANSFERRED", daysInCare: 15 };

  it.each([
    ["fr", " au "],
    ["en", " to "],
    ["ar", "إلى"],
  ] as const)("draw every character of a %s case PDF, an ended placement's period included", (locale: CasePdfLocale, between) => {
    const document = buildCasePdfDocument({ child: sampleChild(), assessments, plans, placements: [...placements, ended], locale, generatedByName: "Aïcha Mint Sidi", now });
    const text = strings(document).join("\n");
    expect(text).toContain(between);
    const missing = new Set(Array.from(text).filter((char) => !NOT_DRAWN.test(char) && !fonts[fontClassOf(char)].hasGlyphForCodePoint(char.codePointAt(0)!)));
    expect([...missing]).toEqual([]);
  });

  it("have no arrow glyph, which is why a period is written in words", () => {
    expect(fonts.latin.hasGlyphForCodePoint(0x2192)).toBe(false);
    expect(fonts.arabic.hasGlyphForCodePoint(0x2190)).toBe(false);
  });
});
