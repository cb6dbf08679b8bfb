"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm, type FieldPath } from "react-hook-form";
import { Field, inputClass } from "@/components/form/field";
import { toIsoDate, todayUtc } from "@/lib/cases/dates";
import { NoteType } from "@/lib/generated/prisma/enums";
import { caseNoteSchema, type CaseNoteData, type CaseNoteInput } from "@/lib/notes/case-note.schema";
import { addCaseNoteAction } from "./actions";

type FormProblem = "fixErrors" | "failed" | "notFound" | "caseClosed" | "invalidInput";

const emptyNote = (): CaseNoteInput => ({ type: "" as CaseNoteInput["type"], date: toIsoDate(todayUtc()), summary: "", nextVisitDate: "" });

export function NoteForm({ caseId }: { caseId: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    reset,
    formState: { errors },
  } = useForm<CaseNoteInput, unknown, CaseNoteData>({ resolver: zodResolver(caseNoteSchema), defaultValues: emptyNote() });
  const invalid = (name: keyof CaseNoteInput) =>
    errors[name] ? { "aria-invalid": true as const, "aria-describedby": `${name}-error` } : {};

  // The server gets what was typed and validates it again with the same schema.
  const onValid = () => {
    const raw = getValues();
    setProblem(null);
    setSaved(false);
    startTransition(async () => {
      try {
        const result = await addCaseNoteAction(caseId, raw);
        if (result.ok) {
          reset(emptyNote());
          setSaved(true);
          // Back to the newest page of the timeline, where the note now is.
          router.replace(`/cases/${caseId}/notes`, { scroll: false });
          return;
        }
        if ("fieldErrors" in result) {
          for (const [field, message] of Object.entries(result.fieldErrors)) {
            setError(field as FieldPath<CaseNoteInput>, { message });
          }
          setProblem("fixErrors");
        } else if ("error" in result) {
          setProblem(result.error === "notFound" || result.error === "invalidInput" ? result.error : "caseClosed");
        } else {
          setProblem("failed");
        }
      } catch {
        // Network or server failure: what was typed stays in the form.
        setProblem("failed");
      }
    });
  };

  return (
    <form
      onSubmit={handleSubmit(onValid, () => {
        setSaved(false);
        setProblem("fixErrors");
      })}
      noValidate
      className="space-y-4"
      aria-label={t("notes.addTitle")}
    >
      {problem && (
        <p role="alert" data-testid="form-error" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {problem === "invalidInput" ? t("errors.invalidInput") : t(`notes.${problem}`)}
        </p>
      )}
      {saved && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          {t("notes.saved")}
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="type" label={t("notes.type")} error={errors.type?.message}>
          <select id="type" className={inputClass} {...invalid("type")} {...register("type")}>
            <option value="">{t("notes.chooseType")}</option>
            {Object.values(NoteType).map((value) => (
              <option key={value} value={value}>
                {t(`notes.types.${value}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="date" label={t("notes.date")} error={errors.date?.message}>
          <input id="date" type="date" max={toIsoDate(todayUtc())} className={inputClass} {...invalid("date")} {...register("date")} />
        </Field>
        <Field id="nextVisitDate" label={t("notes.nextVisitDate")} error={errors.nextVisitDate?.message}>
          <input id="nextVisitDate" type="date" className={inputClass} {...invalid("nextVisitDate")} {...register("nextVisitDate")} />
        </Field>
      </div>
      <Field id="summary" label={t("notes.summary")} hint={t("notes.summaryHint")} error={errors.summary?.message}>
        <textarea id="summary" dir="auto" rows={4} className={inputClass} {...invalid("summary")} {...register("summary")} />
      </Field>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? t("notes.submitting") : t("notes.submit")}
      </button>
    </form>
  );
}
