"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm, type FieldPath } from "react-hook-form";
import { inputClass } from "@/components/form/field";
import { RiskLevel } from "@/lib/generated/prisma/enums";
import { timelineFormSchema, type TimelineFormInput } from "@/lib/settings/timelines.schema";
import { updateTimelinesAction } from "./actions";

const ROWS = ["firstActionHours", "assessmentDays", "casePlanDays", "followUpDays"] as const;

export function TimelinesForm({ initial }: { initial: TimelineFormInput }) {
  const t = useTranslations();
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<"saved" | "fixErrors" | "invalidInput" | null>(null);
  const form = useForm<TimelineFormInput>({ resolver: zodResolver(timelineFormSchema) as never, defaultValues: initial });
  const errorOf = (name: string) => (form.formState.errors as Record<string, Record<string, { message?: string }>>)[name.split(".")[0]]?.[name.split(".")[1]]?.message;

  const onSubmit = form.handleSubmit(
    (values) => {
      setStatus(null);
      startTransition(async () => {
        const result = await updateTimelinesAction(values);
        if (result.ok) return setStatus("saved");
        if ("fieldErrors" in result) {
          for (const [path, message] of Object.entries(result.fieldErrors)) form.setError(path as FieldPath<TimelineFormInput>, { message });
        }
        setStatus("error" in result && result.error === "invalidInput" ? "invalidInput" : "fixErrors");
      });
    },
    () => setStatus("fixErrors"),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {status === "saved" && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t("timelines.saved")}
        </p>
      )}
      {(status === "fixErrors" || status === "invalidInput") && (
        <p role="alert" data-testid="form-error" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {status === "invalidInput" ? t("errors.invalidInput") : t("register.fixErrors")}
        </p>
      )}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
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
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? t("timelines.saving") : t("timelines.save")}
      </button>
    </form>
  );
}
