import { describe, expect, it } from "vitest";
import { suppressBreakdown, suppressCount } from "@/lib/reports/suppression";

const rows = (...pairs: [string, number][]) => pairs.map(([key, count]) => ({ key, count }));

describe("suppressCount", () => {
  it.each([
    [0, 0],
    [1, "<5"],
    [2, "<5"],
    [3, "<5"],
    [4, "<5"],
    [5, 5],
    [6, 6],
    [1234, 1234],
  ] as const)("%i → %s", (count, shown) => {
    expect(suppressCount(count)).toBe(shown);
  });
});

describe("suppressBreakdown", () => {
  it("shows a breakdown without small cells as is", () => {
    expect(suppressBreakdown(17, rows(["FEMALE", 7], ["MALE", 10]))).toEqual({
      total: 17,
      rows: [
        { key: "FEMALE", count: 7 },
        { key: "MALE", count: 10 },
      ],
    });
  });

  it("shows an empty category as \"<5\", like 1 to 4, so that it cannot appear between two periods", () => {
    expect(suppressBreakdown(20, rows(["A", 0], ["B", 1], ["C", 19])).rows).toEqual([
      { key: "A", count: "<5" },
      { key: "B", count: "<5" },
      { key: "C", count: 19 },
    ]);
  });

  it("hides the next smallest non-zero cell when exactly one cell is hidden under a shown total", () => {
    // 17 − 8 − 6 would give back the 3 without the second hidden cell; that one is 6, so it reads
    // "hidden", not "<5" (which would be false).
    expect(suppressBreakdown(17, rows(["A", 8], ["B", 3], ["C", 6]))).toEqual({
      total: 17,
      rows: [
        { key: "A", count: 8 },
        { key: "B", count: "<5" },
        { key: "C", count: "hidden" },
      ],
    });
  });

  it("counts an empty category as hidden, so a lone 0 gets its complementary cell too", () => {
    // 16 − 9 would otherwise give the 0 back, and the next period's 1 with it.
    expect(suppressBreakdown(16, rows(["A", 0], ["B", 7], ["C", 9])).rows).toEqual([
      { key: "A", count: "<5" },
      { key: "B", count: "hidden" },
      { key: "C", count: 9 },
    ]);
  });

  it("adds nothing when two or more cells are already hidden", () => {
    expect(suppressBreakdown(20, rows(["A", 1], ["B", 4], ["C", 15])).rows).toEqual([
      { key: "A", count: "<5" },
      { key: "B", count: "<5" },
      { key: "C", count: 15 },
    ]);
  });

  it("hides a total of 1–4 (and so every cell under it)", () => {
    expect(suppressBreakdown(3, rows(["A", 2], ["B", 1]))).toEqual({
      total: "<5",
      rows: [
        { key: "A", count: "<5" },
        { key: "B", count: "<5" },
      ],
    });
  });

  it("shows a total of 0 as 0 with no rows", () => {
    expect(suppressBreakdown(0, rows(["A", 0], ["B", 0]))).toEqual({ total: 0, rows: [] });
  });

  it("picks the first of equal smallest cells, so the result is stable", () => {
    expect(suppressBreakdown(23, rows(["A", 6], ["B", 6], ["C", 1], ["D", 10])).rows.map((r) => r.count)).toEqual(["hidden", 6, "<5", 10]);
  });
});
