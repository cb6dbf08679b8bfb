"use client";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useFieldArray, useWatch } from "react-hook-form";
import { Field, inputClass } from "@/components/form/field";
import { ProblemBox } from "@/components/form/problem-box";
import { useActionForm } from "@/components/form/use-action-form";
import { buttonClass } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import type { CasePlanData, CasePlanFormValues } from "@/lib/case-plans/case-plan.schema";
import { EMPTY_GOAL, MAX_GOALS, OTHER_ORGANISATION } from "@/lib/case-plans/case-plan.constants";
import { toIsoDate, todayUtc } from "@/lib/dates/calendar";
import { saveCasePlanAction, submitCasePlanAction } from "./actions";

type GoalField = "goal" | "intervention" | "responsible" | "responsibleOther" | "deadline";

/** The plan's goals as repeatable rows; the case version travels with every save. */
export function CasePlanForm({
  caseId,
  caseVersion,
  initial,
  organisations,
}: {
  caseId: string;
  caseVersion: number;
  initial: CasePlanFormValues;
  organisations: { id: string; name: string }[];
}) {
  const t = useTranslations();
  const format = useFormatter();
  const router = useRouter();
  const [version, setVersion] = useState(caseVersion);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const { form, submitWith, pending, problem, saved } = useActionForm<CasePlanFormValues, CasePlanData>({ schema: () => import("@/lib/case-plans/case-plan.schema").then((m) => m.casePlanSchema), defaultValues: initial });
  const { register, control, formState } = form;
  const errors = formState.errors;
  const { fields, append, remove } = useFieldArray({ control, name: "goals" });
  const goals = useWatch({ control, name: "goals" });
  const today = toIsoDate(todayUtc());

  const send = (mode: "draft" | "submit") =>
    submitWith(
      (values) => (mode === "submit" ? submitCasePlanAction : saveCasePlanAction)(caseId, { ...values, caseVersion: version }),
      (data) => {
        setVersion(data.caseVersion);
        setSavedAt(new Date());
        router.refresh();
      },
    );

  const invalid = (id: string, error: unknown) => (error ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : {});
  const goalsError = errors.goals?.message ?? errors.goals?.root?.message;

  return (
    <form onSubmit={send("draft")} noValidate className="space-y-5" data-testid="case-plan-form">
      <ProblemBox problem={problem} messages="approval.errors" />
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("casePlan.goalsLabel")}</legend>
        {goalsError && (
          <p className="text-sm text-red-700" data-testid="error-goals">
            {t(`errors.${goalsError}`)}
          </p>
        )}
        <ol className="space-y-4">
          {fields.map((field, index) => {
            const rowErrors = errors.goals?.[index];
            const id = (name: GoalField) => `goals-${index}-${name}`;
            const control = (name: GoalField) => ({
              id: id(name),
              className: inputClass,
              ...invalid(id(name), rowErrors?.[name]),
              ...register(`goals.${index}.${name}` as const),
            });
            const other = goals?.[index]?.responsible === OTHER_ORGANISATION;
            return (
              <li key={field.id}>
                <fieldset className={cardClass("space-y-3 p-4")} data-testid={`goal-${index}`}>
                  <legend className="px-1 font-semibold">{t("casePlan.goalN", { n: index + 1 })}</legend>
                  <div className="grid gap-3 md:grid-cols-2">
                    <Field id={id("goal")} label={`${t("casePlan.goal")} *`} error={rowErrors?.goal?.message}>
                      <textarea rows={2} dir="auto" {...control("goal")} />
                    </Field>
                    <Field id={id("intervention")} label={`${t("casePlan.intervention")} *`} error={rowErrors?.intervention?.message}>
                      <textarea rows={2} dir="auto" {...control("intervention")} />
                    </Field>
                    <Field id={id("responsible")} label={`${t("casePlan.responsible")} *`} error={rowErrors?.responsible?.message}>
                      <select {...control("responsible")}>
                        <option value="">{t("casePlan.chooseOrganisation")}</option>
                        {organisations.map((organisation) => (
                          <option key={organisation.id} value={organisation.id}>
                            {organisation.name}
                          </option>
                        ))}
                        <option value={OTHER_ORGANISATION}>{t("casePlan.otherOrganisation")}</option>
                      </select>
                    </Field>
                    {other && (
                      <Field id={id("responsibleOther")} label={`${t("casePlan.responsibleOther")} *`} error={rowErrors?.responsibleOther?.message}>
                        <input dir="auto" {...control("responsibleOther")} />
                      </Field>
                    )}
                    <Field id={id("deadline")} label={`${t("casePlan.deadline")} *`} error={rowErrors?.deadline?.message}>
                      <input type="date" min={today} {...control("deadline")} />
                    </Field>
                  </div>
                  {fields.length > 1 && (
                    <button type="button" onClick={() => remove(index)} className="text-sm font-medium text-red-800 underline">
                      {t("casePlan.removeGoal", { n: index + 1 })}
                    </button>
                  )}
                </fieldset>
              </li>
            );
          })}
        </ol>
        {fields.length < MAX_GOALS && (
          <button
            type="button"
            onClick={() => append({ ...EMPTY_GOAL })}
            className={buttonClass("neutral", "sm")}
          >
            {t("casePlan.addGoal")}
          </button>
        )}
      </fieldset>

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
          onClick={send("submit")}
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
