// Calendar dates as UTC midnight. Mauritania keeps UTC all year, so "today" is the same
// date for the server and for the user.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Parses "YYYY-MM-DD" (an <input type="date"> value); null when it is not a real date. */
export function parseIsoDate(value: string): Date | null {
  if (!ISO_DATE.test(value)) return null;
  const date = new Date(`${value}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : date;
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function todayUtc(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** Whole years between a birth date and a later date. */
export function ageOn(dateOfBirth: Date, on: Date): number {
  let age = on.getUTCFullYear() - dateOfBirth.getUTCFullYear();
  const beforeBirthday =
    on.getUTCMonth() < dateOfBirth.getUTCMonth() ||
    (on.getUTCMonth() === dateOfBirth.getUTCMonth() && on.getUTCDate() < dateOfBirth.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age;
}

/** A birth date for an estimated age: half a year past the birthday, so the age reads back as given. */
export function dateOfBirthForEstimatedAge(age: number, today: Date): Date {
  return new Date(Date.UTC(today.getUTCFullYear() - age, today.getUTCMonth() - 6, today.getUTCDate()));
}
