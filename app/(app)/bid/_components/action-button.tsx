"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result";
import { secondaryButton } from "./button-classes";
import { FormProblemMessage } from "./form-problem";
import type { FormProblem } from "./use-bid-form";

/**
 * One button, one server action bound on the server with its arguments (publish, move, remove,
 * add to the agenda). The page re-renders from the action's revalidation; refusals show here.
 */
export function ActionButton({
  action,
  label,
  testId,
  className = secondaryButton,
  disabled,
}: {
  action: () => Promise<ActionResult<unknown>>;
  label: string;
  testId?: string;
  className?: string;
  disabled?: boolean;
}) {
  const t = useTranslations("bid");
  const [pending, startTransition] = useTransition();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const run = () =>
    startTransition(async () => {
      setProblem(null);
      try {
        const result = await action();
        if (result.ok) return;
        if ("fieldErrors" in result) setProblem({ kind: "fixErrors" });
        else if ("conflict" in result) setProblem({ kind: "conflict", ...result.conflict });
        else if (result.error === "invalidState") setProblem({ kind: "invalidState", reason: result.reason ?? "" });
        else setProblem({ kind: result.error === "invalidInput" ? "invalidInput" : "notFound" });
      } catch {
        setProblem({ kind: "failed" });
      }
    });
  return (
    <span className="inline-flex flex-col gap-1">
      <button type="button" onClick={run} disabled={pending || disabled} className={className} data-testid={testId}>
        {pending ? t("working") : label}
      </button>
      <FormProblemMessage problem={problem} />
    </span>
  );
}
