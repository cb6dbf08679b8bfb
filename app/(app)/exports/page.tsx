import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { cardClass, EmptyState } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import { listMyExports } from "@/lib/exports/list-my-exports";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("exports.page");
  return { title: t("title") };
}

const STATUS_CLASS = {
  QUEUED: "bg-slate-100 text-slate-800",
  RUNNING: "bg-blue-100 text-blue-900",
  DONE: "bg-green-100 text-green-900",
  FAILED: "bg-red-100 text-red-900",
} as const;

/** "My exports": the requester's last jobs, so someone who left the page can come back for the file. */
export default async function MyExportsPage() {
  const actor = await requireActor();
  const [jobs, t, format] = await Promise.all([listMyExports(actor), getTranslations("exports"), getFormatter()]);
  const when = (date: Date) => format.dateTime(date, "dateTime");

  return (
    <section className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold">{t("page.title")}</h1>
        <p className="text-sm text-slate-600">{t("page.intro")}</p>
      </div>
      {jobs.length === 0 ? (
        <EmptyState testId="exports-empty">
          {t("page.empty")}
        </EmptyState>
      ) : (
        <>
        <div className={cardClass("hidden overflow-x-auto md:block")}>
          <table className="min-w-full text-sm" data-testid="my-exports">
            <thead className="bg-slate-50 text-start text-slate-700">
              <tr>
                {(["kind", "requestedAt", "status", "rows", "file"] as const).map((key) => (
                  <th key={key} scope="col" className="px-3 py-2 text-start font-semibold">
                    {t(`page.columns.${key}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {jobs.map((job) => (
                <tr key={job.id} data-testid="export-row">
                  <td className="px-3 py-2 font-medium">{t(`kinds.${job.kind}`)}</td>
                  <td className="whitespace-nowrap px-3 py-2">{when(job.createdAt)}</td>
                  <td className="px-3 py-2">
                    <span className={`rounded px-2 py-0.5 text-xs font-semibold ${STATUS_CLASS[job.status]}`}>{t(`statuses.${job.status}`)}</span>
                    {job.status === "FAILED" && job.error && (
                      <p className="mt-1 text-xs text-red-800">{t(`errors.${["notAllowed", "stalled"].includes(job.error) ? job.error : "failed"}`)}</p>
                    )}
                  </td>
                  <td className="whitespace-nowrap px-3 py-2 tabular-nums">
                    {job.rowsTotal === null ? "—" : t("progress", { done: job.rowsDone, total: job.rowsTotal })}
                  </td>
                  <td className="px-3 py-2">
                    {job.downloadable ? (
                      <span className="space-y-1">
                        <a href={`/exports/${job.id}`} download={job.fileName ?? true} className="font-medium text-brand-700 underline underline-offset-2">
                          {t("download")}
                        </a>
                        <span className="block text-xs text-slate-500">{t("page.expiresAt", { date: when(job.expiresAt) })}</span>
                      </span>
                    ) : job.status === "DONE" ? (
                      <span className="text-slate-500">{t("page.expired")}</span>
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {/* Phones: one card per export, the download link within reach. */}
        <ul className="space-y-2 md:hidden">
          {jobs.map((job) => (
            <li key={job.id} className={cardClass("space-y-1 p-3 text-sm")} data-testid="export-card">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="font-medium">{t(`kinds.${job.kind}`)}</span>
                <span className={`rounded px-2 py-0.5 text-xs font-semibold ${STATUS_CLASS[job.status]}`}>{t(`statuses.${job.status}`)}</span>
              </div>
              <p className="text-slate-600">
                {when(job.createdAt)}
                {job.rowsTotal !== null && ` · ${t("progress", { done: job.rowsDone, total: job.rowsTotal })}`}
              </p>
              {job.status === "FAILED" && job.error && (
                <p className="text-xs text-red-800">{t(`errors.${["notAllowed", "stalled"].includes(job.error) ? job.error : "failed"}`)}</p>
              )}
              {job.downloadable ? (
                <a href={`/exports/${job.id}`} download={job.fileName ?? true} className="inline-block font-medium text-brand-700 underline underline-offset-2">
                  {t("download")}
                </a>
              ) : (
                job.status === "DONE" && <p className="text-slate-500">{t("page.expired")}</p>
              )}
            </li>
          ))}
        </ul>
        </>
      )}
    </section>
  );
}
