import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/i18n/client-messages";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";

// Checked above the loading boundary so a role that approves nothing gets a real 404 status
// before anything streams. The DAL checks again (lib/approvals/list-pending-approvals.ts).
export default async function ApprovalsLayout({ children }: LayoutProps<"/approvals">) {
  if (!can(await requireActor(), "case:approve")) notFound();
  return <ClientMessages scope="app/(app)/approvals">{children}</ClientMessages>;
}
