import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getSecurityConfig, type SecurityConfig } from "@/lib/auth/security-config";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

/** The account-security rules as configured, for the administrator's form. */
export async function getCurrentSecurityConfig(actor: Actor): Promise<SecurityConfig> {
  if (!can(actor, "config:manage")) throw new NotFoundError();
  return getSecurityConfig(db);
}
