import { describe, it, expect } from "vitest";
import { afterFailedLogin, isLocked, LOCKOUT_MINUTES, MAX_FAILED_LOGINS } from "@/lib/auth/lockout";

const NOW = new Date("2026-11-22T10:00:00.000Z");
const FIFTEEN_MINUTES_MS = 15 * 60 * 1000;

describe("lockout policy constants", () => {
  it("locks on the 6th failure, for 15 minutes", () => {
    expect(MAX_FAILED_LOGINS).toBe(6);
    expect(LOCKOUT_MINUTES).toBe(15);
  });
});

describe("afterFailedLogin", () => {
  it.each([
    [0, 1],
    [1, 2],
    [2, 3],
    [3, 4],
    [4, 5],
  ])("after %i failures, one more counts %i and does not lock", (failedSoFar, expected) => {
    expect(afterFailedLogin(failedSoFar, NOW)).toEqual({ failedLoginCount: expected, lockedUntil: null });
  });

  it("the 6th failure locks for exactly 15 minutes and resets the count", () => {
    const state = afterFailedLogin(5, NOW);
    expect(state.failedLoginCount).toBe(0);
    expect(state.lockedUntil).toBeInstanceOf(Date);
    expect(state.lockedUntil!.getTime() - NOW.getTime()).toBe(FIFTEEN_MINUTES_MS);
    expect(state.lockedUntil!.toISOString()).toBe("2026-11-22T10:15:00.000Z");
  });

  it("six failures in a row, replayed from 0, lock exactly on the 6th", () => {
    let count = 0;
    const locks: Array<Date | null> = [];
    for (let attempt = 1; attempt <= MAX_FAILED_LOGINS; attempt++) {
      const state = afterFailedLogin(count, NOW);
      count = state.failedLoginCount;
      locks.push(state.lockedUntil);
    }
    expect(locks.slice(0, 5)).toEqual([null, null, null, null, null]);
    expect(locks[5]).toEqual(new Date(NOW.getTime() + FIFTEEN_MINUTES_MS));
    expect(count).toBe(0);
  });

  it("does not mutate the `now` it is given", () => {
    const now = new Date(NOW);
    afterFailedLogin(5, now);
    expect(now.getTime()).toBe(NOW.getTime());
  });
});

describe("isLocked", () => {
  const lockedUntil = new Date(NOW.getTime() + FIFTEEN_MINUTES_MS);

  it("is locked before lockedUntil", () => {
    expect(isLocked(lockedUntil, NOW)).toBe(true);
    expect(isLocked(lockedUntil, new Date(lockedUntil.getTime() - 1))).toBe(true);
  });

  it("is unlocked at lockedUntil", () => {
    expect(isLocked(lockedUntil, new Date(lockedUntil.getTime()))).toBe(false);
  });

  it("is unlocked after lockedUntil", () => {
    expect(isLocked(lockedUntil, new Date(lockedUntil.getTime() + 1))).toBe(false);
    expect(isLocked(lockedUntil, new Date(lockedUntil.getTime() + 24 * 3600 * 1000))).toBe(false);
  });

  it("is unlocked when there is no lock", () => {
    expect(isLocked(null, NOW)).toBe(false);
  });

  it("a lock produced by afterFailedLogin holds for 15 minutes, then lifts", () => {
    const { lockedUntil: until } = afterFailedLogin(5, NOW);
    expect(isLocked(until, NOW)).toBe(true);
    expect(isLocked(until, new Date(NOW.getTime() + FIFTEEN_MINUTES_MS - 1))).toBe(true);
    expect(isLocked(until, new Date(NOW.getTime() + FIFTEEN_MINUTES_MS))).toBe(false);
  });
});
