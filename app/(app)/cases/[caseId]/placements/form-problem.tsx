"use client";
import { useTranslations } from "next-intl";
import { ConflictMessage } from "@/components/case/conflict-message";
import type { FormProblem } from "./use-placement-submit";

export function FormProblemMessage({ problem }: { problem: FormProblem | null }) {
  const t = useTranslations();
  if (!problem) return null;
  if (problem.kind === "conflict") return <ConflictMessage byName={problem.byName} at={problem.at} />;
  const text =
    problem.kind === "form"
      ? t.has(`errors.${problem.key}`)
        ? t(`errors.${problem.key}`)
        : t("placements.failed")
      : problem.kind === "invalidInput"
        ? t("errors.invalidInput")
        : t(`placements.${problem.kind}`);
  return (
    <p role="alert" data-testid="form-error" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
      {text}
    </p>
  );
}

export const submitClass = "rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60";
