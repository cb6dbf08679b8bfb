// Deterministic randomness for the demo data: the same seed gives the same children on every run.

export type Random = () => number;

export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** FNV-1a: a stable 32-bit number for a string. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * A stream of its own for one child and one purpose: what one part of the case file draws never
 * shifts what another part (or another child) gets, and the values do not depend on which
 * children a given run creates.
 */
export function streamFor(seed: number, caseNumber: string, purpose: string): Random {
  return mulberry32(seed ^ hashString(`${purpose}:${caseNumber}`));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

export function weighted<T extends string>(random: Random, weights: Partial<Record<T, number>>): T {
  const entries = Object.entries(weights) as [T, number][];
  let r = random() * entries.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, w] of entries) {
    r -= w;
    if (r < 0) return value;
  }
  return entries[entries.length - 1][0];
}

/** A whole number of days in [min, max]. */
export function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** The items in a random order (Fisher–Yates). */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** The `count` case numbers with the lowest draw for `purpose`: an exact number, chosen at random. */
export function lowestDraws(seed: number, caseNumbers: string[], purpose: string, count: number): Set<string> {
  return new Set(
    caseNumbers
      .map((caseNumber) => ({ caseNumber, key: streamFor(seed, caseNumber, purpose)() }))
      .sort((a, b) => a.key - b.key)
      .slice(0, count)
      .map((c) => c.caseNumber),
  );
}
