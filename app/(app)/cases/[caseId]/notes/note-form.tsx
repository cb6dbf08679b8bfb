"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/form/field";
import { ProblemBox } from "@/components/form/problem-box";
import { useActionForm } from "@/components/form/use-action-form";
import { alertClass } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { toIsoDate, todayUtc } from "@/lib/dates/calendar";
import { NoteType } from "@/lib/generated/prisma/enums";
import type { CaseNoteData, CaseNoteInput } from "@/lib/notes/case-note.schema";
import { addCaseNoteAction } from "./actions";

const emptyNote = (): CaseNoteInput => ({ type: "" as CaseNoteInput["type"], date: toIsoDate(todayUtc()), summary: "", nextVisitDate: "" });

export function NoteForm({ caseId }: { caseId: string }) {
  const t = useTranslations();
  const router = useRouter();
  const { form, submitWith, pending, problem, saved } = useActionForm<CaseNoteInput, CaseNoteData>({ schema: () => import("@/lib/notes/case-note.schema").then((m) => m.caseNoteSchema), defaultValues: emptyNote() });
  const {
    register,
    reset,
    formState: { errors },
  } = form;
  const invalid = (name: keyof CaseNoteInput) =>
    errors[name] ? { "aria-invalid": true as const, "aria-describedby": `${name}-error` } : {};

  // The server gets what was typed and validates it again with the same schema.
  const onSubmit = submitWith(
    (values) => addCaseNoteAction(caseId, values),
    () => {
      reset(emptyNote());
      // Back to the newest page of the timeline, where the note now is.
      router.replace(`/cases/${caseId}/notes`, { scroll: false });
    },
  );

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-4"
      aria-label={t("notes.addTitle")}
    >
      <ProblemBox problem={problem} messages="notes" />
      {saved && (
        <p role="status" className={alertClass("success", "p-3 text-sm")}>
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
        className={buttonClass("primary", "lg")}
      >
        {pending ? t("notes.submitting") : t("notes.submit")}
      </button>
    </form>
  );
}
