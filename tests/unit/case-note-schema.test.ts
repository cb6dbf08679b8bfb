import { fieldErrorsByField } from "@/lib/field-errors";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { caseNoteSchema, NOTE_SUMMARY_MAX } from "@/lib/notes/case-note.schema";

// "Today" for every test: 22 November 2026 (UTC, as in Mauritania).
beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date("2026-11-22T10:00:00Z"));
});
afterEach(() => {
  vi.useRealTimers();
});

const valid = (overrides: Record<string, unknown> = {}) => ({
  type: "FOLLOW_UP_VISIT",
  date: "2026-11-20",
  summary: "  Visite à la famille d'accueil ; l'enfant va bien.  ",
  nextVisitDate: "2026-12-04",
  ...overrides,
});

const errorsOf = (input: unknown) => {
  const result = caseNoteSchema.safeParse(input);
  return result.success ? {} : fieldErrorsByField(result.error);
};

describe("case note schema", () => {
  it("accepts a follow-up visit and returns UTC dates and the trimmed summary", () => {
    expect(caseNoteSchema.parse(valid())).toEqual({
      type: "FOLLOW_UP_VISIT",
      date: new Date("2026-11-20T00:00:00.000Z"),
      summary: "Visite à la famille d'accueil ; l'enfant va bien.",
      nextVisitDate: new Date("2026-12-04T00:00:00.000Z"),
    });
  });

  it("treats an empty next visit date as none, and accepts today and a next visit on the same day", () => {
    expect(caseNoteSchema.parse(valid({ nextVisitDate: "" })).nextVisitDate).toBeNull();
    expect(caseNoteSchema.parse(valid({ nextVisitDate: undefined })).nextVisitDate).toBeNull();
    expect(caseNoteSchema.parse(valid({ date: "2026-11-22", nextVisitDate: "2026-11-22" })).date).toEqual(
      new Date("2026-11-22T00:00:00.000Z"),
    );
  });

  it("requires a type, a date and a summary (whitespace is not a summary)", () => {
    expect(errorsOf(valid({ type: "", date: "", summary: "   " }))).toEqual({ type: "required", date: "required", summary: "required" });
    expect(errorsOf({})).toEqual({ type: "required", date: "required", summary: "required" });
  });

  it("refuses an unknown type, a date in the future and an impossible date", () => {
    expect(errorsOf(valid({ type: "GOSSIP" }))).toEqual({ type: "required" });
    expect(errorsOf(valid({ date: "2026-11-23", nextVisitDate: "" }))).toEqual({ date: "dateInFuture" });
    expect(errorsOf(valid({ date: "2026-02-30" }))).toEqual({ date: "invalidDate" });
    expect(errorsOf(valid({ nextVisitDate: "2026-13-01" }))).toEqual({ nextVisitDate: "invalidDate" });
  });

  it("refuses a next visit before the date of the note, also when another field is wrong", () => {
    expect(errorsOf(valid({ nextVisitDate: "2026-11-19" }))).toEqual({ nextVisitDate: "nextVisitBeforeDate" });
    expect(errorsOf(valid({ summary: "", nextVisitDate: "2026-11-01" }))).toEqual({
      summary: "required",
      nextVisitDate: "nextVisitBeforeDate",
    });
  });

  it(`limits the summary to ${NOTE_SUMMARY_MAX} characters`, () => {
    expect(errorsOf(valid({ summary: "a".repeat(NOTE_SUMMARY_MAX) }))).toEqual({});
    expect(errorsOf(valid({ summary: "a".repeat(NOTE_SUMMARY_MAX + 1) }))).toEqual({ summary: "tooLong" });
  });
});
