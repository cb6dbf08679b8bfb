import { notFound } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";

// Checked here, above the list's loading boundary, so a role without case access gets a real
// 404 status before anything streams. The DAL checks again (lib/cases/list-cases.ts).
export default async function CaseListLayout({ children }: LayoutProps<"/cases">) {
  if (!can(await requireActor(), "case:read")) notFound();
  return children;
}
