/** One field's change in an audit event, as text: what it was and what it became (absent = not set). */
export type FieldChange = { field: string; before: string | null; after: string | null };

function text(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item !== "object" || item === null)) return value.map(String).join(", ");
  return JSON.stringify(value);
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * The fields an audit event changed, field by field with their values (for readers of the case
 * only: this shows case contents). Fields equal before and after are left out; an event with only
 * `after` lists every field it set.
 */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const b = record(before);
  const a = record(after);
  const names = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return names
    .filter((name) => JSON.stringify(b[name]) !== JSON.stringify(a[name]))
    .map((name) => ({ field: name, before: text(b[name]), after: text(a[name]) }));
}
