import { describe, expect, it } from "vitest";
import { occupancyLevel } from "@/lib/dashboards/occupancy-level";

describe("occupancyLevel", () => {
  it.each([
    [10, 0, "ok"],
    [10, 8, "ok"],
    [10, 9, "nearFull"],
    [20, 18, "nearFull"],
    [100, 89, "ok"],
    [100, 90, "nearFull"],
    [100, 99, "nearFull"],
    [10, 10, "full"],
    [10, 12, "full"],
    [0, 0, "ok"],
    [0, 1, "full"],
  ] as const)("capacity %i, %i children: %s", (capacity, occupied, level) => {
    expect(occupancyLevel({ capacity, occupied })).toBe(level);
  });
});
