"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { ActionProblem } from "@/components/case/approval-decision";
import { Field, inputClass } from "@/components/form/field";
import { problemOf, type Problem } from "@/lib/approvals/action-problem";
import { reopenSchema, type ReopenValues } from "@/lib/closures/closure.schema";
import { reopenCaseAction } from "./actions";

/** The supervisor reopens a closed case, saying why. */
export function ReopenForm({ caseId, caseVersion }: { caseId: string; caseVersion: number }) {
  const t = useTranslations("closure");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [problem, setProblem] = useState<Problem | null>(null);
  const form = useForm<ReopenValues>({ resolver: zodResolver(reopenSchema), defaultValues: { reason: "" } });
  const error = form.formState.errors.reason?.message;

  const onSubmit = form.handleSubmit(
    () => {
      const values = form.getValues();
      setProblem(null);
      startTransition(async () => {
        try {
          const result = await reopenCaseAction(caseId, { ...values, caseVersion });
          if (result.ok) {
            router.refresh();
            return;
          }
          if ("fieldErrors" in result && result.fieldErrors.reason) form.setError("reason", { message: result.fieldErrors.reason });
          setProblem(problemOf(result));
        } catch {
          setProblem({ message: "failed" });
        }
      });
    },
    () => setProblem({ message: "fixErrors" }),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border-2 border-brand-100 bg-brand-50 p-5" data-testid="reopen-form">
      <h3 className="text-lg font-semibold">{t("reopenTitle")}</h3>
      <ActionProblem problem={problem} />
      <Field id="reopenReason" label={`${t("reopenReason")} *`} hint={t("reopenHint")} error={error}>
        <textarea
          id="reopenReason"
          rows={3}
          dir="auto"
          className={inputClass}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "reopenReason-error" : undefined}
          {...form.register("reason")}
        />
      </Field>
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {t("reopen")}
      </button>
    </form>
  );
}
