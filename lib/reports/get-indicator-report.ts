import "server-only";
// The indicator report for a period (ADR 0014, 0017): what IOM and MASEF report to donors.
// Aggregates only, over the cases whose consent to non-identifying reporting is recorded; every
// count is suppressed on its true value, then every published number is randomly rounded to
// base 5, before it leaves this function — for every reader, the national supervisor included.
import { createHmac } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { periodKey } from "./indicator-period";
import type { IndicatorPeriod, IndicatorReport } from "./indicator-types";
import { roundReport } from "./rounding";
import { getUnroundedIndicatorReport } from "./unrounded-indicator-report";

/**
 * The rounding key: derived from the deployment's AUTH_SECRET (never the signing key itself), so
 * a reader cannot recompute the draws, and the same deployment always draws the same way.
 */
function roundingSecret(): Buffer {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: the indicator report cannot be rounded");
  return createHmac("sha256", secret).update("cpise/indicator-report/rounding").digest();
}

/**
 * Refused (NotFoundError) without report:indicators. The period must be whole months that have
 * ended on `now` (the page and the export validate it first with the same schema): anything else
 * is a programming error (RangeError).
 */
export async function getIndicatorReport(actor: Actor, period: IndicatorPeriod, now: Date = new Date()): Promise<IndicatorReport> {
  const report = await getUnroundedIndicatorReport(actor, period, now);
  return roundReport(report, periodKey(report.period), roundingSecret());
}
