import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { getSecurityConfig, IDLE_GRACE_MINUTES } from "@/lib/auth/security-config";

export type IdleTimeout = {
  /** Minutes without activity before the warning. */
  warnAfterMinutes: number;
  /** Minutes between the warning and the end of the session. */
  graceMinutes: number;
};

/** The configured idle timeout, for the browser's timer (docs/domain.md, "Idle timeout"); once per request. */
export const getIdleTimeout = cache(async (): Promise<IdleTimeout> => {
  const { idleTimeoutMinutes } = await getSecurityConfig(db);
  return { warnAfterMinutes: idleTimeoutMinutes, graceMinutes: IDLE_GRACE_MINUTES };
});
