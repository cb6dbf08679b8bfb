"use client";
import { useTranslations } from "next-intl";
import { ProblemBox } from "@/components/form/problem-box";
import { useAction } from "@/components/form/use-action";
import type { ActionResult } from "@/lib/action-result";
import { buttonClass } from "@/components/ui/button";

/**
 * One button, one server action bound on the server with its arguments (publish, move, remove,
 * add to the agenda). The page re-renders from the action's revalidation; refusals show here.
 */
export function ActionButton({
  action,
  label,
  testId,
  className = buttonClass("neutral", "sm"),
  disabled,
}: {
  action: () => Promise<ActionResult<unknown>>;
  label: string;
  testId?: string;
  className?: string;
  disabled?: boolean;
}) {
  const t = useTranslations("bid");
  const { pending, problem, run } = useAction();
  return (
    <span className="inline-flex flex-col gap-1">
      <button type="button" onClick={() => run(action)} disabled={pending || disabled} className={className} data-testid={testId}>
        {pending ? t("working") : label}
      </button>
      <ProblemBox problem={problem} messages="bid.errors" />
    </span>
  );
}
