import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { cardClass, EmptyState } from "@/components/ui/card";
import { listPendingApprovals } from "@/lib/approvals/list-pending-approvals";
import { requireActor } from "@/lib/auth/session";
import { orNotFound } from "@/lib/or-not-found";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("nav");
  return { title: t("approvals") };
}

export default async function ApprovalsPage() {
  const actor = await requireActor();
  const { items, total } = await orNotFound(listPendingApprovals(actor));
  const [t, format] = await Promise.all([getTranslations("approvalsInbox"), getFormatter()]);
  const columns = ["kind", "caseNumber", "child", "worker", "submittedAt", "action"] as const;

  return (
    <section className="space-y-4" aria-labelledby="approvals-title">
      <div>
        <h1 id="approvals-title" className="text-2xl font-bold">
          {t("title")}
        </h1>
        <p className="text-sm text-slate-600">{t("intro")}</p>
        <p className="mt-1 text-sm font-medium" data-testid="approvals-count">
          {t("count", { total })}
          {items.length < total && ` — ${t("capped", { shown: items.length })}`}
        </p>
      </div>

      {items.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <div className={cardClass("overflow-x-auto")}>
          <table className="min-w-full text-sm">
            <thead className="bg-slate-100 text-xs uppercase text-slate-600">
              <tr>
                {columns.map((key) => (
                  <th key={key} scope="col" className="px-3 py-2 text-start font-semibold">
                    {t(`columns.${key}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {items.map((item) => (
                <tr key={`${item.kind}-${item.id}`} className="hover:bg-slate-50">
                  <td className="px-3 py-2 whitespace-nowrap">{t(`kinds.${item.kind}`)}</td>
                  <td className="px-3 py-2 font-mono whitespace-nowrap">{item.caseNumber}</td>
                  <td className="px-3 py-2" dir="auto">
                    {item.childName.firstName} {item.childName.lastName}
                  </td>
                  <td className="px-3 py-2">{item.workerName}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{format.dateTime(item.submittedAt, "dateTime")}</td>
                  <td className="px-3 py-2">
                    <Link
                      href={`/cases/${item.caseId}/${item.kind}`}
                      className="font-semibold text-brand-700 underline-offset-2 hover:underline"
                      aria-label={`${t("open")} — ${t(`kinds.${item.kind}`)} ${item.caseNumber}`}
                    >
                      {t("open")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
