"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field, inputClass } from "@/components/form/field";
import { ProblemBox } from "@/components/form/problem-box";
import { useActionForm } from "@/components/form/use-action-form";
import { toIsoDate, todayUtc } from "@/lib/dates/calendar";
import { fosterVisitSchema, type FosterVisitData, type FosterVisitInput } from "@/lib/foster-families/foster-family.schema";
import { recordFosterVisitAction } from "../actions";


/** A monitoring visit; for an approved family, a concern may suspend it in the same step. */
export function VisitForm({ familyId, version, canSuspend }: { familyId: string; version: number; canSuspend: boolean }) {
  const t = useTranslations("foster");
  const router = useRouter();
  const [savedText, setSavedText] = useState<"visitSaved" | "visitSuspended">("visitSaved");
  const blank = (): FosterVisitInput => ({ date: toIsoDate(todayUtc()), visitors: "", observations: "", concerns: "", suspend: false, nextVisitDueAt: "", version });
  const { form, submitWith, pending, problem, saved } = useActionForm<FosterVisitInput, FosterVisitData>({ schema: fosterVisitSchema, defaultValues: blank() });
  const {
    register,
    reset,
    formState: { errors },
  } = form;
  const invalid = (name: keyof FosterVisitInput) =>
    errors[name] ? { "aria-invalid": true as const, "aria-describedby": `${name}-error` } : {};

  const onSubmit = submitWith(
    (values) => recordFosterVisitAction(familyId, { ...values, version }),
    (data) => {
      setSavedText(data.suspended ? "visitSuspended" : "visitSaved");
      reset(blank());
      router.refresh();
    },
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("addVisit")}>
      <ProblemBox problem={problem} messages="foster.problems" />
      {saved && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          {t(savedText)}
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="date" label={t("visitDate")} error={errors.date?.message}>
          <input id="date" type="date" max={toIsoDate(todayUtc())} className={inputClass} {...invalid("date")} {...register("date")} />
        </Field>
        <Field id="nextVisitDueAt" label={t("nextVisitDueAt")} error={errors.nextVisitDueAt?.message}>
          <input id="nextVisitDueAt" type="date" className={inputClass} {...invalid("nextVisitDueAt")} {...register("nextVisitDueAt")} />
        </Field>
      </div>
      <Field id="visitors" label={t("visitors")} hint={t("visitorsHint")} error={errors.visitors?.message}>
        <input id="visitors" dir="auto" className={inputClass} {...invalid("visitors")} {...register("visitors")} />
      </Field>
      <Field id="observations" label={t("observations")} error={errors.observations?.message}>
        <textarea id="observations" dir="auto" rows={3} className={inputClass} {...invalid("observations")} {...register("observations")} />
      </Field>
      <Field id="concerns" label={t("concerns")} error={errors.concerns?.message}>
        <textarea id="concerns" dir="auto" rows={2} className={inputClass} {...invalid("concerns")} {...register("concerns")} />
      </Field>
      {canSuspend && (
        <div>
          <label className="flex items-start gap-2 font-medium">
            <input type="checkbox" className="mt-1" {...register("suspend")} />
            <span>{t("suspend")}</span>
          </label>
          <p className="ms-6 text-xs text-slate-600">{t("suspendHint")}</p>
        </div>
      )}
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? t("submitting") : t("saveVisit")}
      </button>
    </form>
  );
}
