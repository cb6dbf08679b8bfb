// Shared by the benchmark scripts (benchmark-caseload.ts, benchmark-reports.ts): percentiles and
// a recorder of the SQL the Prisma adapter sends, for --explain.
import pg from "pg";

/** The p-th percentile of ascending `sorted` (nearest rank). */
export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** Records the SQL the Prisma adapter sends (it uses this same `pg` package): SELECT and WITH queries. */
export function captureQueries() {
  const captured: { text: string; values: unknown[] }[] = [];
  const original = pg.Client.prototype.query;
  let on = false;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const config = args[0] as { text?: string; values?: unknown[] } | string;
    const text = typeof config === "string" ? config : config?.text;
    if (on && text?.trimStart().match(/^(SELECT|WITH)/i)) {
      captured.push({ text, values: (typeof config === "object" && config?.values) || [] });
    }
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  return {
    during: async <T>(run: () => Promise<T>) => {
      captured.length = 0;
      on = true;
      try {
        await run();
      } finally {
        on = false;
      }
      return [...captured];
    },
  };
}
