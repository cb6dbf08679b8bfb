"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useWatch, type UseFormReturn } from "react-hook-form";
import { Field, FieldSet, inputClass } from "@/components/form/field";
import type { VisitCandidate } from "@/lib/foster-families/foster-family.dto";
import type { FosterVisitData, FosterVisitInput } from "@/lib/foster-families/foster-family.schema";
import { ChildWellbeing, SchoolAttendance } from "@/lib/generated/prisma/enums";

/**
 * One placed child's part of the visit: seen or not (no default: the worker answers), seen alone,
 * wellbeing, school attendance and the child's views. What only a child seen can tell is asked
 * only when the answer is yes.
 */
export function VisitChildFields({ index, form, candidate }: { index: number; form: UseFormReturn<FosterVisitInput, unknown, FosterVisitData>; candidate: VisitCandidate | undefined }) {
  const t = useTranslations("foster");
  const format = useFormatter();
  const { register, control, formState } = form;
  const seen = useWatch({ control, name: `children.${index}.seen` });
  const errors = formState.errors.children?.[index];
  const id = (name: string) => `children-${index}-${name}`;
  const since = candidate ? format.dateTime(new Date(candidate.startDate), "date") : "";
  const who = candidate?.child ? `${candidate.child.caseNumber} — ${candidate.child.name}` : t("visitChild.hiddenChild");

  return (
    <fieldset className="space-y-3 rounded border border-slate-300 p-3" data-testid="visit-child">
      <legend className="px-1 font-semibold">
        <bdi>{who}</bdi> <span className="font-normal text-slate-600">{t("since", { date: since })}</span>
      </legend>
      <FieldSet id={id("seen")} legend={t("visitChild.seen")} error={errors?.seen?.message}>
        {(["yes", "no"] as const).map((value) => (
          <label key={value} className="flex items-center gap-2">
            <input type="radio" value={value} {...register(`children.${index}.seen`)} />
            {t(`visitChild.seenAnswer.${value}`)}
          </label>
        ))}
      </FieldSet>
      {seen === "yes" && (
        <>
          <label className="flex items-start gap-2">
            <input type="checkbox" className="mt-1" {...register(`children.${index}.seenAlone`)} />
            <span>{t("visitChild.seenAloneLabel")}</span>
          </label>
          <Field id={id("wellbeing")} label={t("visitChild.wellbeing")} error={errors?.wellbeing?.message}>
            <select id={id("wellbeing")} className={inputClass} aria-invalid={errors?.wellbeing ? true : undefined} {...register(`children.${index}.wellbeing`)}>
              <option value="">{t("chooseStatus")}</option>
              {Object.values(ChildWellbeing).map((value) => (
                <option key={value} value={value}>
                  {t(`wellbeing.${value}`)}
                </option>
              ))}
            </select>
          </Field>
        </>
      )}
      <Field id={id("school")} label={t("visitChild.school")} error={errors?.schoolAttendance?.message}>
        <select id={id("school")} className={inputClass} aria-invalid={errors?.schoolAttendance ? true : undefined} {...register(`children.${index}.schoolAttendance`)}>
          <option value="">{t("chooseStatus")}</option>
          {Object.values(SchoolAttendance).map((value) => (
            <option key={value} value={value}>
              {t(`school.${value}`)}
            </option>
          ))}
        </select>
      </Field>
      {seen === "yes" && (
        <Field id={id("views")} label={t("visitChild.views")} hint={t("visitChild.viewsHint")} error={errors?.childViews?.message}>
          <textarea id={id("views")} dir="auto" rows={2} className={inputClass} aria-invalid={errors?.childViews ? true : undefined} {...register(`children.${index}.childViews`)} />
        </Field>
      )}
    </fieldset>
  );
}
