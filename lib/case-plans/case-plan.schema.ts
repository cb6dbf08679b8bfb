// Case plan form, shared by the form (zodResolver, useFieldArray) and the DAL: one or more goals,
// each with its intervention, the organisation responsible (from the list, or "other" with a
// name) and a deadline within the coming year (docs/date-rules.md).
import { z } from "zod";
import { inputString } from "@/lib/text/input-string";
import { requiredText, text } from "@/lib/validation/fields";
import { parseIsoDate } from "@/lib/dates/calendar";
import { isoDateProblem, plannedDateProblem } from "@/lib/dates/date-rules";
import { isUuid } from "@/lib/validation/uuid";
import { MAX_GOALS, OTHER_ORGANISATION } from "./case-plan.constants";

export { EMPTY_GOAL, MAX_GOALS, OTHER_ORGANISATION } from "./case-plan.constants";

const goalSchema = z
  .object({
    goal: requiredText(1000),
    intervention: requiredText(2000),
    /** An organisation id, or OTHER_ORGANISATION. */
    responsible: inputString({ error: "required" }).trim().min(1, { error: "required" }),
    responsibleOther: text(200).default(""),
    deadline: inputString({ error: "required" }).trim(),
  })
  .superRefine((goal, ctx) => {
    if (goal.responsible && goal.responsible !== OTHER_ORGANISATION && !isUuid(goal.responsible)) {
      ctx.addIssue({ code: "custom", path: ["responsible"], message: "invalid" });
    }
    if (goal.responsible === OTHER_ORGANISATION && !goal.responsibleOther) {
      ctx.addIssue({ code: "custom", path: ["responsibleOther"], message: "required" });
    }
    const problem = isoDateProblem(goal.deadline, (deadline) => plannedDateProblem(deadline, { horizon: 1, notPast: true }));
    if (problem) ctx.addIssue({ code: "custom", path: ["deadline"], message: problem });
  })
  .transform((goal) => {
    const other = goal.responsible === OTHER_ORGANISATION;
    return {
      goal: goal.goal,
      intervention: goal.intervention,
      responsibleOrganisationId: other ? null : goal.responsible,
      responsibleOther: other ? goal.responsibleOther : null,
      deadline: parseIsoDate(goal.deadline)!,
    };
  });

export const casePlanSchema = z.object({
  goals: z
    .array(goalSchema, { error: "goalsRequired" })
    .min(1, { error: "goalsRequired" })
    .max(MAX_GOALS, { error: "tooMany" }),
});

export type CasePlanFormValues = z.input<typeof casePlanSchema>;
export type CasePlanData = z.output<typeof casePlanSchema>;
