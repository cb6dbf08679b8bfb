import "server-only";
// The configured account-security rules (the "security" setting an administrator edits in
// lib/settings): which roles must sign in with a second factor, and how long a session may stay
// idle. It lives beside the sign-in code that applies it, like lib/bid/bid-config.ts.
import { z } from "zod";
import type { Tx } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { ROLES } from "./permissions";

export const SECURITY_SETTING = "security";

export type SecurityConfig = {
  /** Users of these roles cannot use the app until they have turned on two-factor sign-in. */
  twoFactorRequiredRoles: Role[];
  /** Minutes without activity before the warning; the session ends IDLE_GRACE_MINUTES later. */
  idleTimeoutMinutes: number;
};

/** After the idle warning, the user has this long to stay signed in. */
export const IDLE_GRACE_MINUTES = 2;

export const DEFAULT_SECURITY_CONFIG: SecurityConfig = {
  twoFactorRequiredRoles: ["ADMINISTRATOR", "NATIONAL_SUPERVISOR"],
  idleTimeoutMinutes: 15,
};

export const securityConfigSchema = z.object({
  twoFactorRequiredRoles: z.array(z.enum(ROLES)).transform((roles) => [...new Set(roles)]),
  idleTimeoutMinutes: z.number().int().min(2).max(240),
});

/** The configured rules, or the defaults when none (or an unreadable one) is stored. */
export async function getSecurityConfig(client: Pick<Tx, "setting">): Promise<SecurityConfig> {
  const row = await client.setting.findUnique({ where: { key: SECURITY_SETTING } });
  return parseSecurityConfig(row?.value);
}

/** The stored setting's value (absent or unreadable: the defaults). */
export function parseSecurityConfig(value: unknown): SecurityConfig {
  const parsed = securityConfigSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_SECURITY_CONFIG;
}

/** A user whose role requires a second factor they have not turned on can only enrol one. */
export function mustEnrolSecondFactor(config: SecurityConfig, role: Role, hasSecondFactor: boolean): boolean {
  return !hasSecondFactor && config.twoFactorRequiredRoles.includes(role);
}
