"use client";
import { useTranslations } from "next-intl";
import type { FieldPath } from "react-hook-form";
import { inputClass } from "@/components/form/field";
import { ProblemBox } from "@/components/form/problem-box";
import { useActionForm } from "@/components/form/use-action-form";
import { alertClass } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import { RiskLevel } from "@/lib/generated/prisma/enums";
import type { TimelineFormInput } from "@/lib/settings/timelines.schema";
import { updateTimelinesAction } from "./actions";

const ROWS = ["firstActionHours", "assessmentDays", "casePlanDays", "followUpDays"] as const;

export function TimelinesForm({ initial }: { initial: TimelineFormInput }) {
  const t = useTranslations();
  const { form, submitWith, pending, problem, saved } = useActionForm<TimelineFormInput>({ schema: () => import("@/lib/settings/timelines.schema").then((m) => m.timelineFormSchema), defaultValues: initial });
  const errorOf = (name: string) => (form.formState.errors as Record<string, Record<string, { message?: string }>>)[name.split(".")[0]]?.[name.split(".")[1]]?.message;

  const onSubmit = submitWith((_values, parsed) => updateTimelinesAction(parsed));

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {saved && (
        <p role="status" className={alertClass("success", "p-3")}>
          {t("timelines.saved")}
        </p>
      )}
      <ProblemBox problem={problem} messages="timelines" texts={{ fixErrors: "register.fixErrors" }} />
      <div className={cardClass("overflow-x-auto")}>
        <table className="min-w-full text-sm">
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2 text-start">{t("timelines.step")}</th>
              {Object.values(RiskLevel).map((risk) => (
                <th key={risk} scope="col" className="px-3 py-2 text-start">{t(`risk.${risk}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ROWS.map((row) => (
              <tr key={row} className="border-t border-slate-100">
                <th scope="row" className="px-3 py-2 text-start font-medium">{t(`timelines.${row}`)}</th>
                {Object.values(RiskLevel).map((risk) => {
                  const name = `${row}.${risk}` as FieldPath<TimelineFormInput>;
                  const error = errorOf(name);
                  return (
                    <td key={risk} className="px-3 py-2 align-top">
                      <input
                        type="number"
                        inputMode="numeric"
                        min={1}
                        aria-label={`${t(`timelines.${row}`)} — ${t(`risk.${risk}`)}`}
                        aria-invalid={error ? true : undefined}
                        className={`${inputClass} w-24`}
                        {...form.register(name)}
                      />
                      {error && <p className="mt-1 text-xs text-red-700" data-testid={`error-${row}-${risk}`}>{t(`errors.${error}`)}</p>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="submit" disabled={pending} className={buttonClass("primary", "lg")}>
        {pending ? t("timelines.saving") : t("timelines.save")}
      </button>
    </form>
  );
}
