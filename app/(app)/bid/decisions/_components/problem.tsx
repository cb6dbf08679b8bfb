"use client";
// The form-level message of the panel-side BID forms (conflicts, attendance, decision, signing,
// supersede): the conflict message, or one translated sentence under "bid.decision.errors".
import { useTranslations } from "next-intl";
import { ConflictMessage } from "@/components/case/conflict-message";
import type { ActionResult } from "@/lib/action-result";

export type Problem = { conflict: { byName: string | null; at: string } } | { message: string };

export function problemOf(result: Exclude<ActionResult<unknown>, { ok: true }>): Problem {
  if ("conflict" in result) return { conflict: result.conflict };
  if ("fieldErrors" in result) return { message: "fixErrors" };
  if (result.error === "notFound" || result.error === "invalidInput") return { message: result.error };
  return { message: result.reason ?? "invalidState" };
}

export function BidProblem({ problem }: { problem: Problem | null }) {
  const t = useTranslations("bid.decision.errors");
  const tErrors = useTranslations("errors");
  if (!problem) return null;
  if ("conflict" in problem) return <ConflictMessage byName={problem.conflict.byName} at={problem.conflict.at} />;
  return (
    <p role="alert" data-testid="form-error" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
      {problem.message === "invalidInput" ? tErrors("invalidInput") : t.has(problem.message) ? t(problem.message) : t("invalidState")}
    </p>
  );
}
