// Plausibility rules for every date a user types, in one place; docs/date-rules.md lists them
// field by field with their message keys (under "errors" in messages/*.json). The rules are pure:
// the schemas apply those that need only the value and today; the DAL functions apply those that
// need the child's stored dates (`pastEventProblem` with the birth date, `caseDateProblem`).
import { inputString } from "@/lib/text/input-string";
import { ageOn, parseIsoDate, todayUtc } from "./calendar";

/** The oldest a child may be at registration, and was on arrival. */
export const MAX_CHILD_AGE = 17;

/**
 * No date the app records can be older than this: every child it serves was born after it (a
 * child born on it came of age in 2018), and no case or foster family was opened before it. An
 * earlier date is a typo (1900, 0202…), never a fact.
 */
const DATE_FLOOR = new Date(Date.UTC(2000, 0, 1));

/** How far ahead a planned date may lie, in whole calendar years from today. */
export type Horizon = 1 | 2;

export type DateProblem =
  | "required"
  | "invalidDate"
  | "dateTooEarly"
  | "dateBeforeBirth"
  | "dateInFuture"
  | "dateInPast"
  | "dateBeyondOneYear"
  | "dateBeyondTwoYears";

/** The same calendar date `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: Date, years: number): Date {
  const year = date.getUTCFullYear() + years;
  const lastDay = new Date(Date.UTC(year, date.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, date.getUTCMonth(), Math.min(date.getUTCDate(), lastDay)));
}

/**
 * A date that records something that happened (a visit, an arrival, a discharge): not before
 * the floor, not before the child's birth when known, not after today.
 */
export function pastEventProblem(date: Date, context: { birth?: Date | null; today?: Date } = {}): DateProblem | null {
  if (date < DATE_FLOOR) return "dateTooEarly";
  if (context.birth && date < context.birth) return "dateBeforeBirth";
  return date > (context.today ?? todayUtc()) ? "dateInFuture" : null;
}

/**
 * A date something is planned for (next visit, deadline, review): at most `horizon` years after
 * today; with `notPast`, not before today either. Never before the floor.
 */
export function plannedDateProblem(
  date: Date,
  rule: { horizon: Horizon; notPast?: boolean },
  today: Date = todayUtc(),
): DateProblem | null {
  if (date < DATE_FLOOR) return "dateTooEarly";
  if (rule.notPast && date < today) return "dateInPast";
  if (date > addYears(today, rule.horizon)) return rule.horizon === 1 ? "dateBeyondOneYear" : "dateBeyondTwoYears";
  return null;
}

/**
 * With an estimated age, the child was born at the latest `age` years before today and at the
 * earliest the day after `age + 1` years before today. An arrival before that earliest birth
 * date contradicts the age (an arrival in 1900 for a child said to be 10).
 */
export function arrivalBeforeEstimatedBirth(age: number, arrival: Date, today: Date = todayUtc()): boolean {
  const earliestBirth = new Date(addYears(today, -(age + 1)).getTime() + 86_400_000);
  return arrival < earliestBirth;
}

/** Message key for a typed "YYYY-MM-DD" value: blank, not a date, or what `rule` says of it. */
export function isoDateProblem(value: string | null | undefined, rule: (date: Date) => DateProblem | null): DateProblem | null {
  if (!value) return "required";
  const date = parseIsoDate(value);
  return date ? rule(date) : "invalidDate";
}

function dateField(rule: (date: Date) => DateProblem | null, required: boolean) {
  return inputString({ error: required ? "required" : "invalid" })
    .trim()
    .superRefine((value, ctx) => {
      if (!value && !required) return;
      const problem = isoDateProblem(value, rule);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    });
}

/** A required past-or-today date → Date. Checks against the birth date run in the DAL. */
export const requiredPastDate = dateField((date) => pastEventProblem(date), true).transform((value) => parseIsoDate(value)!);

/** An optional past-or-today date: blank → null. */
export const optionalPastDate = dateField((date) => pastEventProblem(date), false)
  .optional()
  .transform((value) => (value ? parseIsoDate(value) : null));

/** A past-or-today date kept as the typed string (schemas that compare it with other fields). */
export const pastDateString = dateField((date) => pastEventProblem(date), true);

/** An optional planned date kept as the typed string ("" when blank). */
export const optionalPlannedDateString = (rule: { horizon: Horizon; notPast?: boolean }) =>
  dateField((date) => plannedDateProblem(date, rule), false).optional();

/** The case's own dates, as stored or as they would be after the edit being checked. */
export type CaseDates = { dateOfBirth: Date; arrivalDate: Date; separationDate: Date | null };

/**
 * What is wrong with the `edited` one of a case's dates given the others: the birth comes first,
 * the separation (when known) between birth and arrival, and the child was at most
 * MAX_CHILD_AGE on arrival.
 */
export function caseDateProblem(dates: CaseDates, edited: keyof CaseDates): string | null {
  const { dateOfBirth: birth, arrivalDate: arrival, separationDate: separation } = dates;
  switch (edited) {
    case "dateOfBirth":
      if (birth > arrival) return "birthAfterArrival";
      if (separation && birth > separation) return "birthAfterSeparation";
      return ageOn(birth, arrival) > MAX_CHILD_AGE ? "ageOver17AtArrival" : null;
    case "arrivalDate":
      if (arrival < birth) return "arrivalBeforeBirth";
      if (separation && arrival < separation) return "arrivalBeforeSeparation";
      return ageOn(birth, arrival) > MAX_CHILD_AGE ? "ageOver17AtArrival" : null;
    case "separationDate":
      if (!separation) return null;
      if (separation < birth) return "separationBeforeBirth";
      return separation > arrival ? "separationAfterArrival" : null;
  }
}
