"use client";
// A two-field form with plain inputs and `useAction`: the server validates with the risk schema and
// its field messages are shown beside the fields. No react-hook-form or zod here, so the case page,
// where this form is the only one, does not load them at first (docs/adr/0021-page-performance.md).
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { setRiskAction } from "./risk-actions";
import { Field, inputClass } from "@/components/form/field";
import { useLeaveGuard } from "@/components/form/leave-guard";
import { ProblemBox } from "@/components/form/problem-box";
import { useAction } from "@/components/form/use-action";
import { RiskLevel } from "@/lib/generated/prisma/enums";

/** Set the risk level with a reason; due dates follow. */
export function RiskForm({ caseId, version, current }: { caseId: string; version: number; current: RiskLevel | null }) {
  const t = useTranslations();
  const router = useRouter();
  const { pending, problem, run } = useAction();
  const [errors, setErrors] = useState<Record<string, string>>({});
  // The saved level: the form starts from it again after a save (the reason is cleared).
  const [level, setLevel] = useState<string>(current ?? "");
  const [dirty, setDirty] = useState(false);
  useLeaveGuard(dirty && !pending, t("form.leaveUnsaved"));

  const values = (form: HTMLFormElement) => {
    const data = new FormData(form);
    return { riskLevel: String(data.get("riskLevel") ?? ""), reason: String(data.get("reason") ?? "") };
  };
  const onChange = (event: FormEvent<HTMLFormElement>) => {
    const now = values(event.currentTarget);
    setDirty(now.riskLevel !== level || now.reason !== "");
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const submitted = values(form);
    setErrors({});
    run(() => setRiskAction({ caseId, version, values: { riskLevel: submitted.riskLevel || undefined, reason: submitted.reason } }), {
      onSuccess: () => {
        setLevel(submitted.riskLevel);
        setDirty(false);
        (form.elements.namedItem("reason") as HTMLTextAreaElement).value = "";
        router.refresh();
      },
      onFieldErrors: setErrors,
    });
  };

  return (
    <form onSubmit={onSubmit} onChange={onChange} noValidate className="space-y-3" data-testid="risk-form">
      <ProblemBox problem={problem} messages="approval.errors" />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id="riskLevel" label={t("risk.label")} error={errors.riskLevel}>
          <select id="riskLevel" name="riskLevel" defaultValue={level} className={inputClass} aria-invalid={errors.riskLevel ? true : undefined}>
            <option value="">—</option>
            {Object.values(RiskLevel).map((option) => (
              <option key={option} value={option}>
                {t(`risk.${option}`)}
              </option>
            ))}
          </select>
        </Field>
        <div className="sm:col-span-2">
          <Field id="riskReason" label={t("risk.reason")} error={errors.reason}>
            <textarea id="riskReason" name="reason" rows={2} dir="auto" className={inputClass} aria-invalid={errors.reason ? true : undefined} />
          </Field>
        </div>
      </div>
      <p className="text-xs text-slate-600">{t("risk.definitions")}</p>
      <Button type="submit" disabled={pending}>
        {t("risk.save")}
      </Button>
    </form>
  );
}
