"use client";
import { useTranslations } from "next-intl";
import { ConflictMessage } from "@/components/case/conflict-message";
import type { FormProblem } from "./use-bid-form";

/** The form-level message of a BID form: conflict (who changed it), refused state, or generic. */
export function FormProblemMessage({ problem }: { problem: FormProblem | null }) {
  const t = useTranslations("bid.errors");
  const tErrors = useTranslations("errors");
  if (!problem) return null;
  if (problem.kind === "conflict") return <ConflictMessage byName={problem.byName} at={problem.at} />;
  const key = problem.kind === "invalidState" ? (t.has(problem.reason) ? problem.reason : "invalidState") : problem.kind;
  return (
    <p role="alert" data-testid="form-error" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
      {key === "invalidInput" ? tErrors("invalidInput") : t(key)}
    </p>
  );
}

export function SavedMessage({ text }: { text: string }) {
  return (
    <p role="status" data-testid="form-saved" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">
      {text}
    </p>
  );
}

export { primaryButton, secondaryButton } from "./button-classes";
