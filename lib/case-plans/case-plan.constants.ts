// The case plan form's fixed values, apart from its zod schema so that the form can use them without
// loading zod up front (docs/adr/0021-page-performance.md, "Fourth pass").

/** The value of the organisation select for a responsible party that is not in the list. */
export const OTHER_ORGANISATION = "other";
export const MAX_GOALS = 30;

/** A new row of the form. */
export const EMPTY_GOAL = { goal: "", intervention: "", responsible: "", responsibleOther: "", deadline: "" };
