"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { alertClass } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import { ProblemBox } from "@/components/form/problem-box";
import { useAction } from "@/components/form/use-action";

type Progress = {
  status: "QUEUED" | "RUNNING" | "DONE" | "FAILED";
  rowsDone: number;
  rowsTotal: number | null;
  error: string | null;
  downloadable: boolean;
  fileName: string | null;
};

type State =
  | { phase: "idle" }
  | { phase: "running"; jobId: string; progress: Progress | null }
  | { phase: "done"; jobId: string; fileName: string | null }
  | { phase: "failed"; error: string };

const POLL_MS = 1000;

export type RequestExportAction = (kind: string, params: Record<string, unknown>) => Promise<ActionResult<{ jobId: string }>>;

/**
 * Asks for an export, then shows its progress (polled every second from /exports/<id>/status)
 * and the download link when the file is ready. Nothing blocks: the user may go on working or
 * leave — the job carries on and is listed under /exports.
 */
export function ExportButton({
  kind,
  params,
  label,
  testId,
  requestExportAction,
}: {
  kind: "CASELOAD_XLSX" | "INDICATORS_XLSX" | "INDICATORS_CSV";
  params: Record<string, unknown>;
  label: string;
  testId: string;
  /** The server action that queues the export, passed down by the route (components never import app/). */
  requestExportAction: RequestExportAction;
}) {
  const t = useTranslations("exports");
  const [state, setState] = useState<State>({ phase: "idle" });
  const { pending, problem, run } = useAction();
  const jobId = state.phase === "running" ? state.jobId : null;

  useEffect(() => {
    if (!jobId) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const response = await fetch(`/exports/${jobId}/status`, { cache: "no-store" });
        if (stopped) return;
        if (!response.ok) return setState({ phase: "failed", error: "notFound" });
        const progress = (await response.json()) as Progress;
        if (stopped) return;
        if (progress.status === "DONE") return setState({ phase: "done", jobId, fileName: progress.fileName });
        if (progress.status === "FAILED") return setState({ phase: "failed", error: progress.error ?? "failed" });
        setState({ phase: "running", jobId, progress });
      } catch {
        // A network hiccup: try again at the next tick.
      }
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    };
    timer = setTimeout(poll, 300);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [jobId]);

  // A refused request is the problem box's; a job that fails later is this component's own state.
  const start = () => {
    setState({ phase: "idle" });
    run(() => requestExportAction(kind, params), { onSuccess: (data) => setState({ phase: "running", jobId: data.jobId, progress: null }) });
  };

  const busy = pending || state.phase === "running";
  const progress = state.phase === "running" ? state.progress : null;
  const total = progress?.rowsTotal ?? null;
  const done = progress?.rowsDone ?? 0;
  const knownErrors = ["notAllowed", "failed", "stalled", "requestFailed", "notFound"];

  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2" data-testid={testId}>
      <button
        type="button"
        onClick={start}
        disabled={busy}
        className={buttonClass("secondary", "sm", "disabled:cursor-not-allowed")}
      >
        {label}
      </button>

      {state.phase === "running" && (
        <div className="w-64 max-w-full space-y-1" aria-live="polite">
          <div
            role="progressbar"
            aria-label={t("progressLabel")}
            aria-valuemin={0}
            aria-valuemax={total ?? undefined}
            aria-valuenow={total === null ? undefined : done}
            aria-valuetext={total === null ? t("queued") : t("progress", { done, total })}
            className="h-2 w-full overflow-hidden rounded bg-slate-200"
          >
            <div
              className={`h-full bg-brand-700 transition-[width] ${total === null ? "w-1/6 animate-pulse" : ""}`}
              style={total === null ? undefined : { width: `${total === 0 ? 100 : Math.round((done / total) * 100)}%` }}
            />
          </div>
          <p className="text-xs text-slate-600" data-testid="export-progress-text">
            {total === null ? t("queued") : t("progress", { done, total })}
          </p>
        </div>
      )}
      {state.phase === "running" && <p className="basis-full text-xs text-slate-500">{t("keepWorking")}</p>}

      {state.phase === "done" && (
        <p role="status" className="flex flex-wrap items-center gap-2 text-sm text-green-900">
          <span>{t("doneMessage")}</span>
          {/* A plain link: the route answers with an attachment, so the page stays where it is. */}
          <a
            href={`/exports/${state.jobId}`}
            download={state.fileName ?? true}
            className={buttonClass("primary", "sm")}
            data-testid="export-download"
          >
            {t("download")}
          </a>
        </p>
      )}

      {state.phase === "failed" && (
        <p role="alert" data-testid="form-error" className={alertClass("error", "p-2 text-sm")}>
          {t(`errors.${knownErrors.includes(state.error) ? state.error : "failed"}`)}
        </p>
      )}

      <ProblemBox
        problem={problem}
        messages="exports.errors"
        texts={{ notFound: "exports.errors.notAllowed", invalidState: "exports.errors.requestFailed", fixErrors: "exports.errors.requestFailed" }}
        className="p-2"
      />

      {(state.phase !== "idle" || (problem && problem.kind !== "rateLimited")) && (
        <Link href="/exports" className="text-xs font-medium text-brand-700 underline underline-offset-2">
          {t("myExportsLink")}
        </Link>
      )}
    </div>
  );
}
