import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { countPendingApprovals } from "@/lib/approvals/count-pending-approvals";

/** The approvals link's text with the number of items waiting (none shown at zero). */
export async function ApprovalsNavLabel({ actor }: { actor: Actor }) {
  const [t, count] = await Promise.all([getTranslations("nav"), countPendingApprovals(actor)]);
  return (
    <>
      {t("approvals")}
      {count > 0 && (
        <span
          className="ms-1.5 inline-block min-w-5 rounded-full bg-red-700 px-1.5 text-center text-xs font-semibold leading-5 text-white"
          data-testid="approvals-nav-count"
        >
          <span aria-hidden="true">{count}</span>
          <span className="sr-only">{t("approvalsPending", { count })}</span>
        </span>
      )}
    </>
  );
}
