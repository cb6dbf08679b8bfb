"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { setRiskAction } from "./risk-actions";
import { Field, inputClass } from "@/components/form/field";
import { ProblemBox } from "@/components/form/problem-box";
import { useActionForm } from "@/components/form/use-action-form";
import { RiskLevel } from "@/lib/generated/prisma/enums";
import { setRiskSchema, type SetRiskInput } from "@/lib/cases/risk.schema";

/** Set the risk level with a reason; due dates follow. */
export function RiskForm({ caseId, version, current }: { caseId: string; version: number; current: RiskLevel | null }) {
  const t = useTranslations();
  const router = useRouter();
  const { form, submitWith, pending, problem } = useActionForm<SetRiskInput>({
    schema: setRiskSchema,
    defaultValues: { riskLevel: current ?? undefined, reason: "" },
  });
  const { errors } = form.formState;

  const onSubmit = submitWith(
    (_values, parsed) => setRiskAction({ caseId, version, values: parsed }),
    (_data, values) => {
      form.reset({ riskLevel: values.riskLevel, reason: "" });
      router.refresh();
    },
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid="risk-form">
      <ProblemBox problem={problem} messages="approval.errors" />
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
      <button type="submit" disabled={pending} className={buttonClass()}>
        {t("risk.save")}
      </button>
    </form>
  );
}
