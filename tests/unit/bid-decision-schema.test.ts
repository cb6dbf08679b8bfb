// BID decisions (pure): the decision form and what a decision needs to be signed.
import { describe, expect, it } from "vitest";
import {
  conflictSchema,
  decisionFormSchema,
  decisionProblems,
  optionsFromAssessment,
  supersedeSchema,
  toDecisionData,
  toOptions,
  type DecisionFacts,
} from "@/lib/bid/decision.schema";

const ORG = "0b8a5b0e-2c1f-4f8e-9a3b-4c5d6e7f8a9b";
const voters = new Set(["a", "b", "c"]);
const complete: DecisionFacts = {
  optionsConsidered: [{ option: "Retour", pros: "Famille", cons: "Voyage" }],
  childViewsHeard: "Entendu",
  outcome: "RETURN_REUNIFICATION_ORIGIN",
  reasons: "Parce que",
  implementationPlan: "OIM",
  implementationOrgId: ORG,
  implementationDeadline: new Date("2026-12-20"),
  reviewDate: new Date("2027-02-20"),
  votes: [
    { panelMemberId: "a", choice: "FOR" },
    { panelMemberId: "b", choice: "FOR" },
    { panelMemberId: "c", choice: "AGAINST" },
  ],
};

describe("decisionProblems", () => {
  it("a complete, carried decision can be signed", () => {
    expect(decisionProblems(complete, voters)).toEqual([]);
  });
  it.each([
    ["no option", { optionsConsidered: [] }, ["options"]],
    ["blank option", { optionsConsidered: [{ option: " " }] }, ["options"]],
    ["child's views", { childViewsHeard: " " }, ["childViewsHeard"]],
    ["outcome", { outcome: null }, ["outcome"]],
    ["reasons", { reasons: "" }, ["reasons"]],
    ["plan", { implementationPlan: "" }, ["implementationPlan"]],
    ["organisation", { implementationOrgId: null }, ["implementationOrg"]],
    ["deadline", { implementationDeadline: null }, ["implementationDeadline"]],
    ["review date", { reviewDate: null }, ["reviewDate"]],
    ["review before the deadline", { reviewDate: new Date("2026-12-01") }, ["reviewBeforeDeadline"]],
    ["a voter missing", { votes: complete.votes.slice(0, 2) }, ["votesMissing"]],
    ["a tie", { votes: [{ panelMemberId: "a", choice: "FOR" }, { panelMemberId: "b", choice: "AGAINST" }, { panelMemberId: "c", choice: "ABSTAIN" }] }, ["notCarried"]],
    ["all abstain", { votes: [{ panelMemberId: "a", choice: "ABSTAIN" }, { panelMemberId: "b", choice: "ABSTAIN" }, { panelMemberId: "c", choice: "ABSTAIN" }] }, ["notCarried"]],
  ] as const)("%s", (_label, overrides, problems) => {
    expect(decisionProblems({ ...complete, ...(overrides as Partial<DecisionFacts>) }, voters)).toEqual(problems);
  });
  it("votes from members who may not vote do not count", () => {
    const votes = [...complete.votes, { panelMemberId: "x", choice: "FOR" as const }];
    expect(decisionProblems({ ...complete, votes }, new Set(["a", "b"]))).toEqual([]);
    expect(decisionProblems({ ...complete, votes }, new Set(["a", "c"]))).toEqual(["notCarried"]);
    expect(decisionProblems({ ...complete, votes: [{ panelMemberId: "x", choice: "FOR" }] }, new Set(["a"]))).toEqual(["votesMissing", "notCarried"]);
  });
  it("nobody eligible to vote: never complete", () => {
    expect(decisionProblems(complete, new Set())).toContain("votesMissing");
  });
});

describe("decisionFormSchema", () => {
  it("a draft may be empty; empty fields become null and blank votes are dropped", () => {
    const parsed = decisionFormSchema.parse({ votes: [{ panelMemberId: ORG, choice: "" }] });
    expect(toDecisionData(parsed)).toEqual({
      data: {
        optionsConsidered: [],
        childViewsHeard: "",
        outcome: null,
        reasons: "",
        conditions: null,
        implementationPlan: "",
        implementationOrgId: null,
        implementationDeadline: null,
        reviewDate: null,
      },
      votes: [],
    });
  });
  it.each([
    [{ options: [{ option: "" }] }, "options.0.option", "required"],
    [{ outcome: "ADOPTION" }, "outcome", "invalid"],
    [{ reviewDate: "2026-13-01" }, "reviewDate", "invalidDate"],
    [{ implementationOrgId: "acme" }, "implementationOrgId", "invalid"],
    [{ votes: [{ panelMemberId: ORG, choice: "", dissentingOpinion: "Contre" }] }, "votes.0.choice", "required"],
    [{ reasons: "x".repeat(5001) }, "reasons", "tooLong"],
  ])("%j → %s %s", (input, path, message) => {
    const result = decisionFormSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toContainEqual([path, message]);
  });
  it("options read back tolerantly", () => {
    expect(toOptions([{ option: "A", pros: 1 }, "junk", null])).toEqual([{ option: "A", pros: "", cons: "" }]);
    expect(toOptions("nope")).toEqual([]);
  });
});

describe("conflict and supersede forms", () => {
  it("a conflict needs a note; no conflict does not", () => {
    expect(conflictSchema.safeParse({ hasConflict: "no" }).success).toBe(true);
    expect(conflictSchema.safeParse({ hasConflict: "yes", note: " " }).error?.issues[0]).toMatchObject({ path: ["note"], message: "required" });
    expect(conflictSchema.safeParse({}).error?.issues[0]).toMatchObject({ path: ["hasConflict"], message: "required" });
  });
  it("a new decision says why and what kind", () => {
    expect(supersedeSchema.safeParse({ kind: "REVIEW", reason: "Déménagement" }).success).toBe(true);
    expect(supersedeSchema.safeParse({ kind: "INITIAL", reason: "x" }).success).toBe(false);
    expect(supersedeSchema.safeParse({ kind: "REOPENING", reason: "" }).success).toBe(false);
  });
});

describe("the decision form's first options, from the assessment", () => {
  const rows = (...options: string[]) => options.map((option) => ({ option, pros: "", cons: "" }));

  it("takes one option per line, without list marks", () => {
    expect(optionsFromAssessment("1. Réunification à Bamako\n- Placement familial\n\n• Retour assisté\nb) Foyer")).toEqual(
      rows("Réunification à Bamako", "Placement familial", "Retour assisté", "Foyer"),
    );
  });

  it("splits a single line on semicolons", () => {
    expect(optionsFromAssessment("Réunification ; placement familial")).toEqual(rows("Réunification", "placement familial"));
  });

  it("gives one empty row when the assessment wrote none, and at most ten", () => {
    expect(optionsFromAssessment("")).toEqual(rows(""));
    expect(optionsFromAssessment(null)).toEqual(rows(""));
    expect(optionsFromAssessment(Array.from({ length: 12 }, (_, i) => `Option ${i}`).join("\n"))).toHaveLength(10);
  });
});
