"use client";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { useWatch } from "react-hook-form";
import { Field, FieldSet, inputClass } from "@/components/form/field";
import { ProblemBox } from "@/components/form/problem-box";
import { useActionForm } from "@/components/form/use-action-form";
import { buttonClass } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import type { DuplicateSearchData, DuplicateSearchInput } from "@/lib/cases/duplicate-search.schema";
import type { DuplicateMatch } from "@/lib/cases/search-possible-duplicates";
import { Sex } from "@/lib/generated/prisma/enums";
import { searchDuplicatesAction } from "./actions";

export type Option = { value: string; label: string };

/** Step 1: what the worker knows of the child, searched among all known children. */
export function DuplicateSearchForm({
  frequentCountries,
  otherCountries,
  defaultValues,
  onResults,
  onEdited,
}: {
  frequentCountries: Option[];
  otherCountries: Option[];
  defaultValues: DuplicateSearchInput | null;
  onResults: (search: DuplicateSearchInput, matches: DuplicateMatch[]) => void;
  /** The user changed a search field: results shown so far no longer answer what is typed. */
  onEdited: () => void;
}) {
  const t = useTranslations();
  const { form, submitWith, pending, problem } = useActionForm<DuplicateSearchInput, DuplicateSearchData>({
    schema: () => import("@/lib/cases/duplicate-search.schema").then((m) => m.duplicateSearchSchema),
    defaultValues: defaultValues ?? { dobKnown: "unknown", sex: "", nationality: "" },
  });
  const {
    register,
    control,
    formState: { errors },
  } = form;
  const dobKnown = useWatch({ control, name: "dobKnown" });
  useEffect(() => {
    const subscription = form.watch((_, { type }) => {
      if (type === "change") onEdited();
    });
    return () => subscription.unsubscribe();
  }, [form, onEdited]);
  const error = (name: keyof DuplicateSearchInput) => errors[name]?.message;
  const invalid = (name: keyof DuplicateSearchInput) =>
    errors[name] ? { "aria-invalid": true as const, "aria-describedby": `${name}-error` } : {};

  // The server gets what was typed and validates it again with the same schema.
  const onSubmit = submitWith(
    (values) => searchDuplicatesAction(values),
    (matches, values) => onResults(values, matches),
  );

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="duplicate-search-title"
      data-testid="duplicate-search-form"
      className={cardClass("space-y-4 p-5")}
    >
      <h2 id="duplicate-search-title" className="text-lg font-semibold">
        {t("duplicates.stepSearch")}
      </h2>
      <p className="text-sm text-slate-600">{t("duplicates.searchIntro")}</p>
      <ProblemBox problem={problem} messages="duplicates" />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="search-firstName" label={t("register.firstName")} error={error("firstName")}>
          <input id="search-firstName" dir="auto" autoComplete="off" className={inputClass} {...invalid("firstName")} {...register("firstName")} />
        </Field>
        <Field id="search-lastName" label={t("register.lastName")} error={error("lastName")}>
          <input id="search-lastName" dir="auto" autoComplete="off" className={inputClass} {...invalid("lastName")} {...register("lastName")} />
        </Field>
        <Field id="search-otherNames" label={t("register.otherNames")} error={error("otherNames")}>
          <input id="search-otherNames" dir="auto" autoComplete="off" className={inputClass} {...invalid("otherNames")} {...register("otherNames")} />
        </Field>
      </div>
      <FieldSet id="search-sex" legend={t("duplicates.sex")} error={error("sex")}>
        {Object.values(Sex).map((value) => (
          <label key={value} className="flex items-center gap-2">
            <input type="radio" value={value} {...register("sex")} />
            {t(`sex.${value}`)}
          </label>
        ))}
        <label className="flex items-center gap-2">
          <input type="radio" value="" {...register("sex")} />
          {t("duplicates.notSpecified")}
        </label>
      </FieldSet>
      <FieldSet id="search-dobKnown" legend={t("duplicates.age")} error={error("dobKnown")}>
        {(["exact", "estimated", "unknown"] as const).map((value) => (
          <label key={value} className="flex items-center gap-2">
            <input type="radio" value={value} {...register("dobKnown")} />
            {t(`duplicates.dob.${value}`)}
          </label>
        ))}
      </FieldSet>
      <div className="grid gap-4 sm:grid-cols-2">
        {dobKnown === "exact" && (
          <Field id="search-dateOfBirth" label={t("duplicates.dateOfBirth")} error={error("dateOfBirth")}>
            <input id="search-dateOfBirth" type="date" className={inputClass} {...invalid("dateOfBirth")} {...register("dateOfBirth")} />
          </Field>
        )}
        {dobKnown === "estimated" && (
          <Field id="search-estimatedAge" label={t("duplicates.estimatedAge")} error={error("estimatedAge")}>
            <input id="search-estimatedAge" inputMode="numeric" className={inputClass} {...invalid("estimatedAge")} {...register("estimatedAge")} />
          </Field>
        )}
        <Field id="search-nationality" label={t("duplicates.nationality")} error={error("nationality")}>
          <select id="search-nationality" className={inputClass} {...invalid("nationality")} {...register("nationality")}>
            <option value="">{t("duplicates.notSpecified")}</option>
            <optgroup label={t("register.frequentCountries")}>
              {frequentCountries.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </optgroup>
            <optgroup label={t("register.allCountries")}>
              {otherCountries.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </optgroup>
          </select>
        </Field>
      </div>
      <button
        type="submit"
        disabled={pending}
        className={buttonClass("primary", "lg")}
      >
        {pending ? t("duplicates.searching") : t("duplicates.search")}
      </button>
    </form>
  );
}
