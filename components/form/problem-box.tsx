"use client";
import { useTranslations } from "next-intl";
import { alertClass } from "@/components/ui/alert";
import { ConflictMessage } from "@/components/case/conflict-message";
import { problemMessage, type Problem, type ProblemKind } from "./problem";

/**
 * The one place a refused write is shown above its form: the conflict message with its reload
 * button, or one translated sentence in a red alert (rules in problem.ts).
 */
export function ProblemBox({
  problem,
  messages,
  texts,
  className = "p-3",
}: {
  problem: Problem | null;
  /** Namespace of the form's own texts, e.g. "placements" or "bid.errors". */
  messages?: string;
  /** Absolute message keys that replace a kind's text in this form. */
  texts?: Partial<Record<ProblemKind, string>>;
  /** Padding of the box (compact forms use "p-2"). */
  className?: string;
}) {
  const t = useTranslations();
  if (!problem) return null;
  if (problem.kind === "conflict") return <ConflictMessage byName={problem.byName} at={problem.at} />;
  const { key, values } = problemMessage(problem, messages, (k) => t.has(k), texts);
  return (
    <p role="alert" data-testid="form-error" className={alertClass("error", `text-sm ${className}`)}>
      {t(key, values)}
    </p>
  );
}
