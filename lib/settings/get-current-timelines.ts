import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { TimelineConfig } from "@/lib/cases/timelines";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { getTimelineConfig } from "@/lib/cases/timeline-config";

/** The timelines as configured, for the administrator's form. */
export async function getCurrentTimelines(actor: Actor): Promise<TimelineConfig> {
  if (!can(actor, "config:manage")) throw new NotFoundError();
  return getTimelineConfig(db);
}
