import { describe, it, expect } from "vitest";
import {
  afterFailedLogin,
  afterSuccessfulLogin,
  isLocked,
  LOCKOUT_MINUTES,
  MAX_FAILED_LOGINS,
  startAttempt,
  type LockoutState,
} from "@/lib/auth/lockout";

const NOW = new Date("2026-11-22T10:00:00.000Z");
const FIFTEEN_MINUTES_MS = 15 * 60 * 1000;
const LOCKED: LockoutState = { failedLoginCount: 0, lockedUntil: new Date(NOW.getTime() + FIFTEEN_MINUTES_MS) };
const fresh = (failedLoginCount: number): LockoutState => ({ failedLoginCount, lockedUntil: null });

/** One wrong password, typed after the previous answer came back; null when refused before the hash. */
function sequentialFailure(state: LockoutState) {
  const start = startAttempt(state, NOW);
  return start.outcome === "proceed" ? afterFailedLogin(start.next, NOW) : null;
}

describe("lockout policy constants", () => {
  it("locks on the 6th failure, for 15 minutes", () => {
    expect(MAX_FAILED_LOGINS).toBe(6);
    expect(LOCKOUT_MINUTES).toBe(15);
  });
});

describe("startAttempt", () => {
  it.each([0, 1, 2, 3, 4, 5])("with %i attempts counted, counts one more and lets it be hashed", (count) => {
    expect(startAttempt(fresh(count), NOW)).toEqual({ outcome: "proceed", next: fresh(count + 1) });
  });

  it("refuses while locked, without changing anything", () => {
    expect(startAttempt(LOCKED, NOW)).toEqual({ outcome: "locked" });
    expect(startAttempt(LOCKED, new Date(LOCKED.lockedUntil!.getTime() - 1))).toEqual({ outcome: "locked" });
  });

  it("locks at once when the limit is used up by attempts still being hashed", () => {
    expect(startAttempt(fresh(MAX_FAILED_LOGINS), NOW)).toEqual({ outcome: "lockedNow", next: LOCKED });
  });

  it("after the lock has expired, starts a fresh count", () => {
    expect(startAttempt(LOCKED, LOCKED.lockedUntil!)).toEqual({ outcome: "proceed", next: fresh(1) });
  });

  it("any number of parallel attempts lets at most 6 be hashed", () => {
    let state = fresh(0);
    let hashed = 0;
    for (let i = 0; i < 50; i++) {
      const start = startAttempt(state, NOW);
      if (start.outcome === "proceed") hashed++;
      if (start.outcome !== "locked") state = start.next;
    }
    expect(hashed).toBe(MAX_FAILED_LOGINS);
    expect(isLocked(state.lockedUntil, NOW)).toBe(true);
  });
});

describe("afterFailedLogin", () => {
  it.each([1, 2, 3, 4, 5])("with %i attempts counted, does not lock", (count) => {
    expect(afterFailedLogin(fresh(count), NOW)).toEqual({ next: fresh(count), lockedNow: false });
  });

  it("the 6th failure locks for exactly 15 minutes and resets the count", () => {
    const { next, lockedNow } = afterFailedLogin(fresh(5 + 1), NOW);
    expect(lockedNow).toBe(true);
    expect(next.failedLoginCount).toBe(0);
    expect(next.lockedUntil!.toISOString()).toBe("2026-11-22T10:15:00.000Z");
  });

  it("never lifts a lock (a failure recorded after the account was locked)", () => {
    expect(afterFailedLogin(LOCKED, NOW)).toEqual({ next: LOCKED, lockedNow: false });
    expect(afterFailedLogin(LOCKED, new Date(NOW.getTime() + 60_000)).next.lockedUntil).toEqual(LOCKED.lockedUntil);
  });

  it("counts once a failure whose count a success reset meanwhile", () => {
    expect(afterFailedLogin(fresh(0), NOW)).toEqual({ next: fresh(1), lockedNow: false });
  });

  it("six failures in a row, one after the other, lock exactly on the 6th", () => {
    let state = fresh(0);
    const lockedOn: number[] = [];
    for (let attempt = 1; attempt <= MAX_FAILED_LOGINS; attempt++) {
      const result = sequentialFailure(state)!;
      if (result.lockedNow) lockedOn.push(attempt);
      state = result.next;
    }
    expect(lockedOn).toEqual([6]);
    expect(state).toEqual(LOCKED);
    expect(sequentialFailure(state)).toBeNull();
  });

  it("does not mutate the state or the `now` it is given", () => {
    const now = new Date(NOW);
    const state = fresh(6);
    afterFailedLogin(state, now);
    expect(now.getTime()).toBe(NOW.getTime());
    expect(state).toEqual(fresh(6));
  });
});

describe("afterSuccessfulLogin", () => {
  it("resets the count", () => {
    expect(afterSuccessfulLogin(fresh(5), NOW)).toEqual({ ok: true, next: fresh(0) });
  });

  it("refuses the right password when the account was locked during the hash", () => {
    expect(afterSuccessfulLogin(LOCKED, NOW)).toEqual({ ok: false });
  });

  it("accepts it once the lock has expired", () => {
    expect(afterSuccessfulLogin(LOCKED, LOCKED.lockedUntil!)).toEqual({ ok: true, next: fresh(0) });
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

  it("a lock produced by the 6th failure holds for 15 minutes, then lifts", () => {
    const { lockedUntil: until } = afterFailedLogin(fresh(6), NOW).next;
    expect(isLocked(until, NOW)).toBe(true);
    expect(isLocked(until, new Date(NOW.getTime() + FIFTEEN_MINUTES_MS - 1))).toBe(true);
    expect(isLocked(until, new Date(NOW.getTime() + FIFTEEN_MINUTES_MS))).toBe(false);
  });
});
