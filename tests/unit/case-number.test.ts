import { describe, it, expect } from "vitest";
import { CASE_NUMBER_PATTERN, formatCaseNumber, parseCaseNumberQuery } from "@/lib/cases/case-number";

describe("formatCaseNumber", () => {
  it("pads the sequence to 4 digits", () => {
    expect(formatCaseNumber("NDB", 2026, 42)).toBe("NDB-2026-0042");
    expect(formatCaseNumber("NKC", 2026, 1)).toBe("NKC-2026-0001");
    expect(formatCaseNumber("NKC", 2026, 9999)).toBe("NKC-2026-9999");
  });

  it("lets sequences grow past 4 digits", () => {
    expect(formatCaseNumber("NDB", 2026, 10000)).toBe("NDB-2026-10000");
    expect(formatCaseNumber("NDB", 2026, 123456)).toBe("NDB-2026-123456");
  });

  it.each([
    ["NDB", 2026, 42],
    ["KIF", 2000, 1],
    ["ROS", 2200, 10000],
  ] as const)("formatCaseNumber(%s, %i, %i) matches CASE_NUMBER_PATTERN", (code, year, sequence) => {
    expect(formatCaseNumber(code, year, sequence)).toMatch(CASE_NUMBER_PATTERN);
  });

  it("CASE_NUMBER_PATTERN rejects malformed numbers", () => {
    for (const bad of ["NDB-2026-042", "ndb-2026-0042", "NDBX-2026-0042", "NDB-26-0042", "NDB-2026-0042 ", "NDB20260042"]) {
      expect(bad).not.toMatch(CASE_NUMBER_PATTERN);
    }
  });

  it.each(["nd", "NDBX", "nd1", "ndb", "ND1", "", "N-B", " NDB"])("rejects centre code %j", (code) => {
    expect(() => formatCaseNumber(code, 2026, 1)).toThrow(/centre code/i);
  });

  it.each([1999, 2201, 2026.5, Number.NaN, Number.POSITIVE_INFINITY, -2026, 26])("rejects year %s", (year) => {
    expect(() => formatCaseNumber("NDB", year, 1)).toThrow(/year/i);
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("rejects sequence %s", (sequence) => {
    expect(() => formatCaseNumber("NDB", 2026, sequence)).toThrow(/sequence/i);
  });
});

describe("parseCaseNumberQuery", () => {
  it.each([
    ["NDB-2026-0008", { kind: "number", exact: "NDB-2026-0008", prefix: "NDB-2026-0008" }],
    ["ndb-2026-8", { kind: "number", exact: "NDB-2026-0008", prefix: "NDB-2026-8" }],
    [" ndb 2026 0008 ", { kind: "number", exact: "NDB-2026-0008", prefix: "NDB-2026-0008" }],
    ["NDB20260008", { kind: "number", exact: "NDB-2026-0008", prefix: "NDB-2026-0008" }],
    ["ndb-2026-001", { kind: "number", exact: "NDB-2026-0001", prefix: "NDB-2026-001" }],
    ["ndb-2026-00", { kind: "number", exact: null, prefix: "NDB-2026-00" }],
    ["ndb-2026-12345", { kind: "number", exact: "NDB-2026-12345", prefix: "NDB-2026-12345" }],
  ] as const)("%j is one number or numbers starting so", (query, expected) => {
    expect(parseCaseNumberQuery(query)).toEqual(expected);
  });

  it.each([
    ["NKN-", "NKN-"],
    ["rso-2025", "RSO-2025"],
    ["ndb-20", "NDB-20"],
    ["NDB 2026", "NDB-2026"],
    ["ndb-2026-", "NDB-2026"],
  ])("%j is the start of numbers", (query, prefix) => {
    expect(parseCaseNumberQuery(query)).toEqual({ kind: "prefix", prefix });
  });

  it.each([
    ["0008", { kind: "sequence", sequence: 8 }],
    ["8", { kind: "sequence", sequence: 8 }],
    ["2026-0042", { kind: "sequence", sequence: 42, year: 2026 }],
    ["2026 8", { kind: "sequence", sequence: 8, year: 2026 }],
    ["ndb-8", { kind: "sequence", sequence: 8, centreCode: "NDB" }],
    ["NDB-0008", { kind: "sequence", sequence: 8, centreCode: "NDB" }],
  ] as const)("%j is a sequence number", (query, expected) => {
    expect(parseCaseNumberQuery(query)).toEqual(expected);
  });

  it.each(["Awa", "NDB", "Ali", "Diallo-Ba", "محمد", "Ould-Ahmed", "NDB-2026-0008x", "", "-"])("%j is a name, not a number", (query) => {
    expect(parseCaseNumberQuery(query)).toBeNull();
  });
});
