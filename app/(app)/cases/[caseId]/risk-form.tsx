"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { setRiskAction } from "./risk-actions";
import { Field, inputClass } from "@/components/form/field";
import { RiskLevel } from "@/lib/generated/prisma/enums";
import { setRiskSchema, type SetRiskInput } from "@/lib/cases/risk.schema";
import { ActionProblem } from "@/components/case/approval-decision";
import { problemOf, type Problem } from "@/lib/approvals/action-problem";

/** Set the risk level with a reason; due dates follow. */
export function RiskForm({ caseId, version, current }: { caseId: string; version: number; current: RiskLevel | null }) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [problem, setProblem] = useState<Problem | null>(null);
  const form = useForm<SetRiskInput>({ resolver: zodResolver(setRiskSchema), defaultValues: { riskLevel: current ?? undefined, reason: "" } });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    setProblem(null);
    startTransition(async () => {
      const result = await setRiskAction({ caseId, version, values });
      if (result.ok) {
        form.reset({ riskLevel: values.riskLevel, reason: "" });
        router.refresh();
      } else if ("fieldErrors" in result) {
        for (const [field, message] of Object.entries(result.fieldErrors)) form.setError(field as keyof SetRiskInput, { message });
      } else setProblem(problemOf(result));
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid="risk-form">
      <ActionProblem problem={problem} />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id="riskLevel" label={t("risk.label")} error={errors.riskLevel?.message}>
          <select id="riskLevel" className={inputClass} aria-invalid={errors.riskLevel ? true : undefined} {...form.register("riskLevel")}>
            <option value="">—</option>
            {Object.values(RiskLevel).map((level) => (
              <option key={level} value={level}>
                {t(`risk.${level}`)}
              </option>
            ))}
          </select>
        </Field>
        <div className="sm:col-span-2">
          <Field id="riskReason" label={t("risk.reason")} error={errors.reason?.message}>
            <textarea id="riskReason" rows={2} dir="auto" className={inputClass} aria-invalid={errors.reason ? true : undefined} {...form.register("reason")} />
          </Field>
        </div>
      </div>
      <p className="text-xs text-slate-600">{t("risk.definitions")}</p>
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {t("risk.save")}
      </button>
    </form>
  );
}
