import { describe, expect, it } from "vitest";
import { toIsoDate, todayUtc } from "@/lib/dates/calendar";
import { decideCapacity, mayTransfer } from "@/lib/placements/capacity-rule";
import { admitPlacementSchema, daysInCare, dischargePlacementSchema, transferPlacementSchema } from "@/lib/placements/placement.schema";
import { fieldErrorsByPath } from "@/lib/field-errors";

describe("decideCapacity", () => {
  it("allows anyone within capacity", () => {
    expect(decideCapacity({ occupied: 9, capacity: 10, canOverride: false, overrideReason: null })).toEqual({ kind: "allowed" });
    expect(decideCapacity({ occupied: 0, capacity: 1, canOverride: true, overrideReason: "x" })).toEqual({ kind: "allowed" });
  });
  it("refuses a social worker at or beyond capacity, whatever reason they give", () => {
    expect(decideCapacity({ occupied: 10, capacity: 10, canOverride: false, overrideReason: "urgent" })).toEqual({ kind: "refused" });
    expect(decideCapacity({ occupied: 12, capacity: 10, canOverride: false, overrideReason: null })).toEqual({ kind: "refused" });
  });
  it("asks the supervisor for a reason, then allows the override with the trimmed reason", () => {
    expect(decideCapacity({ occupied: 10, capacity: 10, canOverride: true, overrideReason: "   " })).toEqual({ kind: "needsOverrideReason" });
    expect(decideCapacity({ occupied: 10, capacity: 10, canOverride: true, overrideReason: null })).toEqual({ kind: "needsOverrideReason" });
    expect(decideCapacity({ occupied: 11, capacity: 10, canOverride: true, overrideReason: " Fratrie " })).toEqual({ kind: "overridden", reason: "Fratrie" });
  });
});

describe("mayTransfer", () => {
  it("is for holders of both placement:manage and case:assign (the centre supervisor)", () => {
    expect(mayTransfer({ manage: true, assign: true })).toBe(true);
    expect(mayTransfer({ manage: true, assign: false })).toBe(false);
    expect(mayTransfer({ manage: false, assign: true })).toBe(false);
  });
});

const today = todayUtc();
const iso = (days: number) => toIsoDate(new Date(today.getTime() + days * 86_400_000));

describe("admitPlacementSchema", () => {
  const errors = (input: unknown) => {
    const parsed = admitPlacementSchema.safeParse(input);
    return parsed.success ? {} : fieldErrorsByPath(parsed.error);
  };
  it("requires a known type", () => {
    expect(errors({ type: "HOTEL", startDate: iso(0) })).toEqual({ type: "placement.typeRequired" });
    expect(errors({ startDate: iso(0) })).toEqual({ type: "placement.typeRequired" });
  });
  it("checks each type's own fields and drops the others", () => {
    expect(errors({ type: "KINSHIP_CARE", startDate: iso(0) })).toEqual({
      caregiverName: "required",
      caregiverRelationship: "required",
      address: "required",
      contactPhone: "required",
    });
    expect(errors({ type: "OTHER_SHELTER", startDate: iso(1), placeName: "A", address: "B" })).toEqual({ startDate: "dateInFuture" });
    const parsed = admitPlacementSchema.parse({ type: "OTHER_SHELTER", startDate: iso(0), placeName: " Abri ", address: "Rue", caregiverName: "x", notes: "" });
    expect(parsed).toEqual({ type: "OTHER_SHELTER", startDate: today, placeName: "Abri", address: "Rue", notes: null });
    expect(errors({ type: "SUPERVISED_INDEPENDENT_LIVING", startDate: iso(0), placeName: "F", address: "A", contactPhone: "12" })).toEqual({ contactPhone: "phoneFormat" });
    expect(errors({ type: "FOSTER_FAMILY", startDate: iso(0) })).toEqual({ fosterFamilyId: "required" });
  });
});

describe("discharge and transfer schemas", () => {
  it("refuses TRANSFERRED as a discharge reason (the transfer sets it) and needs a version", () => {
    const parsed = dischargePlacementSchema.safeParse({ placementId: "p", version: "x", endDate: iso(0), endReason: "TRANSFERRED" });
    expect(parsed.success ? {} : fieldErrorsByPath(parsed.error)).toEqual({ version: "invalid", endReason: "required" });
    expect(dischargePlacementSchema.parse({ placementId: "p", version: "3", endDate: iso(0), endReason: "RAN_AWAY" })).toMatchObject({ version: 3, endReason: "RAN_AWAY" });
  });
  it("needs a receiving centre and a date not in the future for a transfer", () => {
    const parsed = transferPlacementSchema.safeParse({ placementId: "p", version: 1, toCentreId: "", date: iso(2) });
    expect(parsed.success ? {} : fieldErrorsByPath(parsed.error)).toEqual({ toCentreId: "required", date: "dateInFuture" });
  });
});

describe("daysInCare", () => {
  it("counts whole days to the end date, or to today while active", () => {
    const start = new Date(Date.UTC(2026, 0, 1));
    expect(daysInCare(start, new Date(Date.UTC(2026, 0, 31)), today)).toBe(30);
    expect(daysInCare(start, null, new Date(Date.UTC(2026, 1, 1)))).toBe(31);
    expect(daysInCare(start, start, today)).toBe(0);
  });
});
