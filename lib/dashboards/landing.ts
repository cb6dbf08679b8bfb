// Where each role lands (pure): the page its daily work starts from. Null means the home page
// itself is that page (the social worker's due work, the panel member's sessions). The header
// leaves out "Home" when home only forwards to another link of the menu.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";

export function landingPath(actor: Pick<Actor, "role">): string | null {
  if (can(actor, "report:dashboard")) return "/dashboard";
  if (can(actor, "bid:coordinate")) return "/bid";
  if (can(actor, "caseload:own") || can(actor, "bid:sit")) return null;
  if (can(actor, "case:read")) return "/cases";
  if (can(actor, "report:indicators")) return "/reports/indicators";
  if (can(actor, "user:manage")) return "/admin/users";
  if (can(actor, "config:manage")) return "/admin/timelines";
  return null;
}
