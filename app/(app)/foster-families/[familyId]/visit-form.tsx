"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm, type FieldPath } from "react-hook-form";
import { ConflictMessage } from "@/components/case/conflict-message";
import { Field, inputClass } from "@/components/form/field";
import { toIsoDate, todayUtc } from "@/lib/cases/dates";
import { fosterVisitSchema, type FosterVisitData, type FosterVisitInput } from "@/lib/foster-families/foster-family.schema";
import { recordFosterVisitAction } from "../actions";

type Problem = "fixErrors" | "failed" | "notFound" | "onlyApprovedSuspended" | "invalidState" | "invalidInput";

/** A monitoring visit; for an approved family, a concern may suspend it in the same step. */
export function VisitForm({ familyId, version, canSuspend }: { familyId: string; version: number; canSuspend: boolean }) {
  const t = useTranslations("foster");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [conflict, setConflict] = useState<{ byName: string | null; at: string } | null>(null);
  const [saved, setSaved] = useState<"visitSaved" | "visitSuspended" | null>(null);
  const blank = (): FosterVisitInput => ({ date: toIsoDate(todayUtc()), visitors: "", observations: "", concerns: "", suspend: false, nextVisitDueAt: "", version });
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    reset,
    formState: { errors },
  } = useForm<FosterVisitInput, unknown, FosterVisitData>({ resolver: zodResolver(fosterVisitSchema), defaultValues: blank() });
  const invalid = (name: keyof FosterVisitInput) =>
    errors[name] ? { "aria-invalid": true as const, "aria-describedby": `${name}-error` } : {};

  const onValid = () => {
    const raw = { ...getValues(), version };
    setProblem(null);
    setConflict(null);
    setSaved(null);
    startTransition(async () => {
      try {
        const result = await recordFosterVisitAction(familyId, raw);
        if (result.ok) {
          setSaved(result.data.suspended ? "visitSuspended" : "visitSaved");
          reset(blank());
          router.refresh();
          return;
        }
        if ("fieldErrors" in result) {
          for (const [field, message] of Object.entries(result.fieldErrors)) setError(field as FieldPath<FosterVisitInput>, { message });
          setProblem("fixErrors");
        } else if ("conflict" in result) setConflict(result.conflict);
        else if (result.error === "notFound" || result.error === "invalidInput") setProblem(result.error);
        else setProblem(result.reason === "onlyApprovedSuspended" ? "onlyApprovedSuspended" : "invalidState");
      } catch {
        setProblem("failed");
      }
    });
  };

  return (
    <form onSubmit={handleSubmit(onValid, () => setProblem("fixErrors"))} noValidate className="space-y-4" aria-label={t("addVisit")}>
      {problem && (
        <p role="alert" data-testid="form-error" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {problem === "invalidInput" ? tErrors("invalidInput") : t(`problems.${problem}`)}
        </p>
      )}
      {conflict && <ConflictMessage byName={conflict.byName} at={conflict.at} />}
      {saved && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          {t(saved)}
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
