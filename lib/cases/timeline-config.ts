import "server-only";
// The configured case timelines (the "timelines" setting an administrator edits in lib/settings),
// read wherever due dates are computed. It lives beside the rules it configures, so the case
// writes never depend on the administration module; lib/settings depends on this instead.
import { z } from "zod";
import type { Tx } from "@/lib/db";
import { DEFAULT_TIMELINES, type TimelineConfig } from "./timelines";

export const TIMELINES_SETTING = "timelines";

const hours = z.number().int().min(1).max(24 * 365);
const perRisk = z.object({ HIGH: hours, MEDIUM: hours, LOW: hours, NONE: hours });
export const timelineConfigSchema = z.object({
  firstActionHours: perRisk,
  assessmentHours: perRisk,
  casePlanHours: perRisk,
  followUpHours: perRisk,
});

/** The configured timelines, or the defaults when none (or an unreadable one) is stored. */
export async function getTimelineConfig(client: Pick<Tx, "setting">): Promise<TimelineConfig> {
  const row = await client.setting.findUnique({ where: { key: TIMELINES_SETTING } });
  const parsed = timelineConfigSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_TIMELINES;
}
