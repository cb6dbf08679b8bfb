import { describe, expect, it } from "vitest";
import { fieldErrorsOf, problemMessage, problemOf } from "@/components/form/problem";
import en from "@/messages/en.json";

const has = (key: string) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en) !== undefined;

describe("problemOf: a refused action result → what the form shows", () => {
  it("field errors: 'correct the fields', or the form-level key above the form", () => {
    expect(problemOf({ ok: false, fieldErrors: { reason: "required" } })).toEqual({ kind: "fixErrors" });
    expect(problemOf({ ok: false, fieldErrors: { form: "placement.centreFull", notes: "tooLong" } })).toEqual({ kind: "form", key: "placement.centreFull" });
  });

  it("keeps who changed the record and when", () => {
    expect(problemOf({ ok: false, conflict: { byName: "Oumar Ba", at: "2026-03-01T10:15:00.000Z" } })).toEqual({
      kind: "conflict",
      byName: "Oumar Ba",
      at: "2026-03-01T10:15:00.000Z",
    });
  });

  it("maps each typed failure", () => {
    expect(problemOf({ ok: false, error: "notFound" })).toEqual({ kind: "notFound" });
    expect(problemOf({ ok: false, error: "invalidInput" })).toEqual({ kind: "invalidInput" });
    expect(problemOf({ ok: false, error: "invalidState", reason: "caseClosed" })).toEqual({ kind: "invalidState", reason: "caseClosed" });
    expect(problemOf({ ok: false, error: "invalidState" })).toEqual({ kind: "invalidState", reason: null });
    expect(problemOf({ ok: false, error: "rateLimited", retryAfterMinutes: 7 })).toEqual({ kind: "rateLimited", minutes: 7 });
  });

  it("fieldErrorsOf leaves the form-level key out", () => {
    expect(fieldErrorsOf({ ok: false, fieldErrors: { form: "placement.centreFull", notes: "tooLong" } })).toEqual({ notes: "tooLong" });
    expect(fieldErrorsOf({ ok: false, error: "notFound" })).toEqual({});
  });
});

describe("problemMessage: a problem → its message key", () => {
  it("uses the form's own text first, then the shared one", () => {
    expect(problemMessage({ kind: "fixErrors" }, "placements", has)).toEqual({ key: "placements.fixErrors" });
    expect(problemMessage({ kind: "notFound" }, "register", has)).toEqual({ key: "errors.notFound" });
    expect(problemMessage({ kind: "failed" }, undefined, has)).toEqual({ key: "errors.failed" });
  });

  it("a refused state shows its reason when the form has a text for it, else the generic refusal", () => {
    expect(problemMessage({ kind: "invalidState", reason: "caseClosed" }, "notes", has)).toEqual({ key: "notes.caseClosed" });
    expect(problemMessage({ kind: "invalidState", reason: "noQuorum" }, "bid.errors", has)).toEqual({ key: "bid.errors.noQuorum" });
    expect(problemMessage({ kind: "invalidState", reason: "placementEnded" }, "placements", has)).toEqual({ key: "placements.invalidState" });
    expect(problemMessage({ kind: "invalidState", reason: null }, "notes", has)).toEqual({ key: "errors.invalidState" });
  });

  it("invalid input, rate limits and form-level refusals are the same sentence in every form", () => {
    expect(problemMessage({ kind: "invalidInput" }, "bid.errors", has)).toEqual({ key: "errors.invalidInput" });
    expect(problemMessage({ kind: "rateLimited", minutes: 3 }, "duplicates", has)).toEqual({ key: "errors.rateLimited", values: { minutes: 3 } });
    expect(problemMessage({ kind: "form", key: "placement.centreFull" }, "placements", has)).toEqual({ key: "errors.placement.centreFull" });
    expect(problemMessage({ kind: "form", key: "Some English text" }, "placements", has)).toEqual({ key: "errors.invalid" });
  });

  it("a form may name its own key for a kind", () => {
    expect(problemMessage({ kind: "notFound" }, "duplicates", has, { notFound: "duplicates.caseGone" })).toEqual({ key: "duplicates.caseGone" });
  });

  it("every key it can produce exists in the catalogue", () => {
    for (const kind of ["fixErrors", "failed", "notFound", "invalidState", "invalidInput", "rateLimited"] as const) {
      const problem = kind === "rateLimited" ? { kind, minutes: 1 } : kind === "invalidState" ? { kind, reason: null } : { kind };
      expect(has(problemMessage(problem, undefined, has).key)).toBe(true);
    }
  });
});
