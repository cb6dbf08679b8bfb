"use client";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import type { FieldPath } from "react-hook-form";
import { Field, FieldSet, inputClass } from "@/components/form/field";
import { ProblemBox } from "@/components/form/problem-box";
import { useActionForm } from "@/components/form/use-action-form";
import { buttonClass } from "@/components/ui/button";
import { FormSection } from "@/components/ui/card";
import { fieldErrorsByPath } from "@/lib/field-errors";
import type { AssessmentData, AssessmentFormValues } from "@/lib/assessments/assessment.schema";
import { FACTOR_DOMAINS } from "@/lib/assessments/assessment.constants";
import { LANGUAGE_CODES } from "@/lib/reference/languages";
import { saveAssessmentAction, submitAssessmentAction } from "./actions";

type Path = FieldPath<AssessmentFormValues>;

/**
 * The BIA form. "Save draft" checks only lengths; "Submit" also checks what the supervisor needs.
 * The case version travels with every save; on any failure what was typed stays in the form.
 */
export function AssessmentForm({ caseId, caseVersion, initial }: { caseId: string; caseVersion: number; initial: AssessmentFormValues }) {
  const t = useTranslations();
  const format = useFormatter();
  const router = useRouter();
  const [version, setVersion] = useState(caseVersion);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const { form, submitWith, pending, problem, saved } = useActionForm<AssessmentFormValues, AssessmentData>({ schema: () => import("@/lib/assessments/assessment.schema").then((m) => m.assessmentDraftSchema), defaultValues: initial });
  const { register, formState } = form;
  const errors = formState.errors;
  const invalid = (id: string, error: unknown) => (error ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : {});
  const onSaved = (data: { caseVersion: number }) => {
    setVersion(data.caseVersion);
    setSavedAt(new Date());
    router.refresh();
  };

  const saveDraft = submitWith((values) => saveAssessmentAction(caseId, { ...values, caseVersion: version }), onSaved);
  // Submitting also checks what the supervisor needs, here first so nothing is sent without it (its
  // schema is in the module the draft's check has already loaded).
  const submit = submitWith(async (values) => {
    const { assessmentSubmitSchema } = await import("@/lib/assessments/assessment.schema");
    const checked = assessmentSubmitSchema.safeParse(values);
    if (!checked.success) return { ok: false as const, fieldErrors: fieldErrorsByPath(checked.error) };
    return submitAssessmentAction(caseId, { ...values, caseVersion: version });
  }, onSaved);

  const textarea = (id: string, name: Path, rows: number, error: string | undefined, options: { label: string; hint?: string }) => (
    <Field id={id} label={options.label} hint={options.hint} error={error}>
      <textarea id={id} rows={rows} dir="auto" className={inputClass} {...invalid(id, error)} {...register(name)} />
    </Field>
  );

  return (
    <form onSubmit={saveDraft} noValidate className="space-y-6" data-testid="assessment-form">
      <ProblemBox problem={problem} messages="approval.errors" />
      <p className="text-sm text-slate-600">{t("approval.requiredForSubmission")}</p>

      <FormSection legend={t("assessment.interview")} className="grid gap-4 sm:grid-cols-2" testId="interview">
        <Field id="interviewDate" label={`${t("assessment.interviewDate")} *`} error={errors.interviewDate?.message}>
          <input id="interviewDate" type="date" className={inputClass} {...invalid("interviewDate", errors.interviewDate)} {...register("interviewDate")} />
        </Field>
        <Field id="interviewLanguage" label={`${t("assessment.interviewLanguage")} *`} error={errors.interviewLanguage?.message}>
          <select id="interviewLanguage" className={inputClass} {...invalid("interviewLanguage", errors.interviewLanguage)} {...register("interviewLanguage")}>
            <option value="">{t("assessment.choose")}</option>
            {LANGUAGE_CODES.map((code) => (
              <option key={code} value={code}>
                {t(`languages.${code}`)}
              </option>
            ))}
          </select>
        </Field>
        <FieldSet id="interpreterUsed" legend={`${t("assessment.interpreterUsed")} *`} error={errors.interpreterUsed?.message}>
          {(["yes", "no"] as const).map((value) => (
            <label key={value} className="flex items-center gap-2">
              <input type="radio" value={value} {...register("interpreterUsed")} />
              {t(`approval.${value}`)}
            </label>
          ))}
        </FieldSet>
        {form.watch("interpreterUsed") === "yes" && (
          <Field id="interpreterName" label={t("assessment.interpreterName")} error={errors.interpreterName?.message}>
            <input id="interpreterName" dir="auto" className={inputClass} {...invalid("interpreterName", errors.interpreterName)} {...register("interpreterName")} />
          </Field>
        )}
      </FormSection>

      <FormSection>
        {textarea("childViews", "childViews", 5, errors.childViews?.message, {
          label: `${t("assessment.childViews")} *`,
          hint: t("assessment.childViewsHint"),
        })}
        {textarea("caregiverViews", "caregiverViews", 3, errors.caregiverViews?.message, { label: t("assessment.caregiverViews") })}
      </FormSection>

      <FormSection legend={t("assessment.factorsTitle")}>
        {FACTOR_DOMAINS.map((domain) => (
          <fieldset key={domain} className="grid gap-3 border-t border-slate-100 pt-3 sm:grid-cols-2">
            <legend className="font-medium">{t(`assessment.domains.${domain}`)}</legend>
            {textarea(`factors-${domain}-risks`, `factors.${domain}.risks`, 2, errors.factors?.[domain]?.risks?.message, {
              label: `${t("assessment.risks")} — ${t(`assessment.domains.${domain}`)}`,
            })}
            {textarea(`factors-${domain}-protective`, `factors.${domain}.protective`, 2, errors.factors?.[domain]?.protective?.message, {
              label: `${t("assessment.protective")} — ${t(`assessment.domains.${domain}`)}`,
            })}
          </fieldset>
        ))}
      </FormSection>

      <FormSection>
        {textarea("options", "options", 3, errors.options?.message, { label: t("assessment.options") })}
        {textarea("recommendation", "recommendation", 3, errors.recommendation?.message, { label: `${t("assessment.recommendation")} *` })}
        <FieldSet id="bidRequired" legend={`${t("assessment.bidRequired")} *`} error={errors.bidRequired?.message}>
          {(["yes", "no"] as const).map((value) => (
            <label key={value} className="flex items-center gap-2">
              <input type="radio" value={value} {...register("bidRequired")} />
              {t(`approval.${value}`)}
            </label>
          ))}
        </FieldSet>
        {textarea("bidReason", "bidReason", 2, errors.bidReason?.message, { label: t("assessment.bidReason"), hint: t("assessment.bidReasonHint") })}
      </FormSection>

      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className={buttonClass("secondary", "md")}
        >
          {t("approval.saveDraft")}
        </button>
        <button
          type="button"
          disabled={pending}
          onClick={submit}
          className={buttonClass()}
        >
          {t("approval.submit")}
        </button>
        {saved && savedAt && (
          <p role="status" className="text-sm text-green-800">
            {t("approval.saved", { time: format.dateTime(savedAt, { hour: "2-digit", minute: "2-digit" }) })}
          </p>
        )}
      </div>
    </form>
  );
}
