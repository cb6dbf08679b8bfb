// The BID decision form (ADR 0011), shared by the hold page's form (zodResolver) and
// the DAL. A saved decision may be incomplete (the panel drafts while it deliberates); signing
// needs everything `decisionProblems` lists. Error messages are keys under "errors".
import { z } from "zod";
import { inputString } from "@/lib/text/input-string";
import { requiredText, text } from "@/lib/validation/fields";
import { parseIsoDate } from "@/lib/dates/calendar";
import { optionalPlannedDateString } from "@/lib/dates/date-rules";
import { BidOutcome, BidVoteChoice } from "@/lib/generated/prisma/enums";
import { isUuid, uuidField } from "@/lib/validation/uuid";

const LONG = 5000;
const MAX_OPTIONS = 10;
const OPTION_LENGTH = 500;

// Implementing a durable solution (reunification abroad, resettlement) can take well over a year.
const optionalDate = optionalPlannedDateString({ horizon: 2 }).default("");

export const optionSchema = z.object({
  option: requiredText(OPTION_LENGTH),
  pros: text(2000).default(""),
  cons: text(2000).default(""),
});

export const voteSchema = z
  .object({
    panelMemberId: uuidField(),
    choice: z.enum(["", ...Object.values(BidVoteChoice)], { error: "invalid" }).default(""),
    dissentingOpinion: text(LONG).default(""),
  })
  .superRefine((vote, ctx) => {
    if (vote.dissentingOpinion && vote.choice === "") ctx.addIssue({ code: "custom", path: ["choice"], message: "required" });
  });

export const decisionFormSchema = z.object({
  options: z.array(optionSchema).max(MAX_OPTIONS, { error: "tooLong" }).default([]),
  childViewsHeard: text(LONG).default(""),
  outcome: z.enum(["", ...Object.values(BidOutcome)], { error: "invalid" }).default(""),
  reasons: text(LONG).default(""),
  conditions: text(LONG).default(""),
  implementationPlan: text(LONG).default(""),
  implementationOrgId: inputString({ error: "invalid" })
    .default("")
    .refine((value) => value === "" || isUuid(value), { error: "invalid" }),
  implementationDeadline: optionalDate,
  reviewDate: optionalDate,
  votes: z.array(voteSchema).max(30).default([]),
});

export type DecisionFormValues = z.input<typeof decisionFormSchema>;
export type DecisionForm = z.output<typeof decisionFormSchema>;

/** The form values as columns (empty → null), and the votes actually cast. */
export function toDecisionData(form: DecisionForm) {
  return {
    data: {
      optionsConsidered: form.options,
      childViewsHeard: form.childViewsHeard,
      outcome: form.outcome === "" ? null : (form.outcome as BidOutcome),
      reasons: form.reasons,
      conditions: form.conditions || null,
      implementationPlan: form.implementationPlan,
      implementationOrgId: form.implementationOrgId || null,
      implementationDeadline: form.implementationDeadline ? parseIsoDate(form.implementationDeadline) : null,
      reviewDate: form.reviewDate ? parseIsoDate(form.reviewDate) : null,
    },
    votes: form.votes
      .filter((vote) => vote.choice !== "")
      .map((vote) => ({ panelMemberId: vote.panelMemberId, choice: vote.choice as BidVoteChoice, dissentingOpinion: vote.dissentingOpinion || null })),
  };
}

export type BidOption = { option: string; pros: string; cons: string };

/** The stored JSON as options (rows written by hand or by an older form are tolerated). */
export function toOptions(json: unknown): BidOption[] {
  if (!Array.isArray(json)) return [];
  return json
    .filter((entry): entry is Record<string, unknown> => typeof entry === "object" && entry !== null)
    .map((entry) => ({
      option: typeof entry.option === "string" ? entry.option : "",
      pros: typeof entry.pros === "string" ? entry.pros : "",
      cons: typeof entry.cons === "string" ? entry.cons : "",
    }));
}

/**
 * The options a Best Interests Assessment wrote, as the decision form's first rows: one option per
 * line (or per ";" when written on one line), list marks ("-", "•", "1.", "a)") dropped. The panel
 * then adds pros and cons; an empty BIA gives one empty row.
 */
export function optionsFromAssessment(text: string | null): BidOption[] {
  const lines = (text ?? "").split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  const parts = lines.length === 1 ? lines[0].split(";") : lines;
  const options = parts
    .map((part) => part.replace(/^(?:[-–—•*·]|\d{1,2}[.)]|[a-z][.)])\s*/i, "").trim())
    .filter(Boolean)
    .slice(0, MAX_OPTIONS)
    .map((option) => ({ option: option.slice(0, OPTION_LENGTH), pros: "", cons: "" }));
  return options.length > 0 ? options : [{ option: "", pros: "", cons: "" }];
}

export type DecisionFacts = {
  optionsConsidered: unknown;
  childViewsHeard: string;
  outcome: string | null;
  reasons: string;
  implementationPlan: string;
  implementationOrgId: string | null;
  implementationDeadline: Date | null;
  reviewDate: Date | null;
  votes: readonly { panelMemberId: string; choice: BidVoteChoice }[];
};

export type DecisionProblem =
  | "options"
  | "childViewsHeard"
  | "outcome"
  | "reasons"
  | "implementationPlan"
  | "implementationOrg"
  | "implementationDeadline"
  | "reviewDate"
  | "reviewBeforeDeadline"
  | "votesMissing"
  | "notCarried";

/**
 * What still prevents signing (empty = complete): every part of the record, a vote from every
 * member eligible to vote on the case, and a majority FOR among the votes cast.
 */
export function decisionProblems(decision: DecisionFacts, eligibleVoters: ReadonlySet<string>): DecisionProblem[] {
  const problems: DecisionProblem[] = [];
  if (!toOptions(decision.optionsConsidered).some((o) => o.option.trim())) problems.push("options");
  if (!decision.childViewsHeard.trim()) problems.push("childViewsHeard");
  if (!decision.outcome) problems.push("outcome");
  if (!decision.reasons.trim()) problems.push("reasons");
  if (!decision.implementationPlan.trim()) problems.push("implementationPlan");
  if (!decision.implementationOrgId) problems.push("implementationOrg");
  if (!decision.implementationDeadline) problems.push("implementationDeadline");
  if (!decision.reviewDate) problems.push("reviewDate");
  if (decision.implementationDeadline && decision.reviewDate && decision.reviewDate < decision.implementationDeadline) {
    problems.push("reviewBeforeDeadline");
  }
  const voted = new Set(decision.votes.map((v) => v.panelMemberId));
  if (eligibleVoters.size === 0 || [...eligibleVoters].some((id) => !voted.has(id))) problems.push("votesMissing");
  const counted = decision.votes.filter((v) => eligibleVoters.has(v.panelMemberId));
  const forVotes = counted.filter((v) => v.choice === "FOR").length;
  const against = counted.filter((v) => v.choice === "AGAINST").length;
  if (forVotes <= against) problems.push("notCarried");
  return problems;
}

export function voteTally(votes: readonly { choice: BidVoteChoice }[]): Record<BidVoteChoice, number> {
  return {
    FOR: votes.filter((v) => v.choice === "FOR").length,
    AGAINST: votes.filter((v) => v.choice === "AGAINST").length,
    ABSTAIN: votes.filter((v) => v.choice === "ABSTAIN").length,
  };
}

export const supersedeSchema = z.object({
  kind: z.enum(["REVIEW", "REOPENING"], { error: "required" }),
  reason: requiredText(2000),
});

export const conflictSchema = z
  .object({
    hasConflict: z.enum(["no", "yes"], { error: "required" }),
    note: text(2000).default(""),
  })
  .superRefine((input, ctx) => {
    if (input.hasConflict === "yes" && !input.note) ctx.addIssue({ code: "custom", path: ["note"], message: "required" });
  });

export type ConflictFormValues = z.input<typeof conflictSchema>;
