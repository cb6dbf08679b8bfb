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
  it("shows a breakdown without small cells as is, leaving empty categories out", () => {
    expect(suppressBreakdown(17, rows(["FEMALE", 7], ["MALE", 10], ["X", 0]))).toEqual({
      total: 17,
      rows: [
        { key: "FEMALE", count: 7 },
        { key: "MALE", count: 10 },
      ],
    });
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

  it("skips zero cells when looking for the complementary cell", () => {
    expect(suppressBreakdown(16, rows(["A", 0], ["B", 2], ["C", 9], ["D", 5])).rows).toEqual([
      { key: "B", count: "<5" },
      { key: "C", count: 9 },
      { key: "D", count: "hidden" },
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
    expect(suppressBreakdown(0, rows(["A", 0]))).toEqual({ total: 0, rows: [] });
  });

  it("picks the first of equal smallest cells, so the result is stable", () => {
    expect(suppressBreakdown(23, rows(["A", 6], ["B", 6], ["C", 1], ["D", 10])).rows.map((r) => r.count)).toEqual(["hidden", 6, "<5", 10]);
  });
});
