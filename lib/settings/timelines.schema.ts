// The timelines form: days per risk level (the first action for high risk is in hours).
import { z } from "zod";
import type { TimelineConfig } from "@/lib/cases/timelines";

const hours = z.coerce
  .number({ error: "wholeNumber" })
  .int({ error: "wholeNumber" })
  .min(1, { error: "atLeastOne" })
  .max(24 * 30, { error: "tooLarge" });
const days = z.coerce
  .number({ error: "wholeNumber" })
  .int({ error: "wholeNumber" })
  .min(1, { error: "atLeastOne" })
  .max(365, { error: "atMostYear" });
const perRisk = z.object({ HIGH: days, MEDIUM: days, LOW: days, NONE: days });

/** Every value in hours for firstAction (hours matter: 24 h for high risk), days elsewhere. */
export const timelineFormSchema = z.object({
  firstActionHours: z.object({ HIGH: hours, MEDIUM: hours, LOW: hours, NONE: hours }),
  assessmentDays: perRisk,
  casePlanDays: perRisk,
  followUpDays: perRisk,
});

export type TimelineFormInput = z.input<typeof timelineFormSchema>;

const toHours = (d: Record<string, number>) =>
  Object.fromEntries(Object.entries(d).map(([k, v]) => [k, v * 24])) as TimelineConfig["assessmentHours"];

export function toTimelineConfig(form: z.output<typeof timelineFormSchema>): TimelineConfig {
  return {
    firstActionHours: form.firstActionHours,
    assessmentHours: toHours(form.assessmentDays),
    casePlanHours: toHours(form.casePlanDays),
    followUpHours: toHours(form.followUpDays),
  };
}

const toDays = (h: Record<string, number>) =>
  Object.fromEntries(Object.entries(h).map(([k, v]) => [k, Math.max(1, Math.round(v / 24))])) as TimelineConfig["assessmentHours"];

export function toTimelineForm(config: TimelineConfig): z.output<typeof timelineFormSchema> {
  return {
    firstActionHours: config.firstActionHours,
    assessmentDays: toDays(config.assessmentHours),
    casePlanDays: toDays(config.casePlanHours),
    followUpDays: toDays(config.followUpHours),
  };
}
