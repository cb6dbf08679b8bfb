"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { Field, FieldSet, inputClass } from "@/components/form/field";
import { ProblemBox } from "@/components/form/problem-box";
import { useActionForm } from "@/components/form/use-action-form";
import { buttonClass } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import { registerChildSchema, type RegisterChildData, type RegisterChildInput } from "@/lib/cases/case.schema";
import { toIsoDate, todayUtc } from "@/lib/cases/dates";
import { ReferralSource, SeparationType, Sex } from "@/lib/generated/prisma/enums";
import { LANGUAGE_CODES } from "@/lib/reference/languages";
import { registerChildAction } from "./actions";

type Option = { value: string; label: string };

export function RegisterForm({
  frequentCountries,
  otherCountries,
  centres,
  initialValues,
  duplicateCheckNote,
}: {
  frequentCountries: Option[];
  otherCountries: Option[];
  /** Only for someone attached to several centres. */
  centres: Option[];
  /** What the worker typed in the duplicate search. */
  initialValues: Partial<RegisterChildInput>;
  /** Why this is a new child although the search showed matches (sent with the form). */
  duplicateCheckNote: string | null;
}) {
  const t = useTranslations();
  const router = useRouter();
  const { form, submitWith, pending, problem } = useActionForm<RegisterChildInput, RegisterChildData>({
    schema: registerChildSchema,
    defaultValues: { dobKnown: "exact", languages: [], arrivalDate: toIsoDate(todayUtc()), nationality: "", ...initialValues },
  });
  const {
    register,
    control,
    formState: { errors },
  } = form;
  const dobKnown = useWatch({ control, name: "dobKnown" });
  const error = (name: keyof RegisterChildInput) => errors[name]?.message;
  const invalid = (name: keyof RegisterChildInput) =>
    errors[name] ? { "aria-invalid": true as const, "aria-describedby": `${name}-error` } : {};

  // The server gets the raw input (with the hidden duplicate-check note) and validates it again
  // with the same schema.
  const onSubmit = submitWith(
    (_values, _parsed, event) => {
      const data = new FormData(event?.target as HTMLFormElement);
      return registerChildAction({ ...Object.fromEntries(data), languages: data.getAll("languages") });
    },
    (data) => router.push(`/cases/${data.caseId}?registered=1`),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      {duplicateCheckNote && <input type="hidden" name="duplicateCheckNote" value={duplicateCheckNote} />}
      <ProblemBox problem={problem} messages="register" />

      <fieldset className={cardClass("space-y-4 p-5")}>
        <legend className="px-1 text-lg font-semibold">{t("register.sectionIdentity")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="firstName" label={t("register.firstName")} error={error("firstName")}>
            <input id="firstName" dir="auto" autoComplete="off" className={inputClass} {...invalid("firstName")} {...register("firstName")} />
          </Field>
          <Field id="lastName" label={t("register.lastName")} error={error("lastName")}>
            <input id="lastName" dir="auto" autoComplete="off" className={inputClass} {...invalid("lastName")} {...register("lastName")} />
          </Field>
          <Field id="otherNames" label={t("register.otherNames")} error={error("otherNames")}>
            <input id="otherNames" dir="auto" autoComplete="off" className={inputClass} {...invalid("otherNames")} {...register("otherNames")} />
          </Field>
        </div>
        <FieldSet id="sex" legend={t("register.sex")} error={error("sex")}>
          {Object.values(Sex).map((value) => (
            <label key={value} className="flex items-center gap-2">
              <input type="radio" value={value} {...register("sex")} />
              {t(`sex.${value}`)}
            </label>
          ))}
        </FieldSet>
      </fieldset>

      <fieldset className={cardClass("space-y-4 p-5")}>
        <legend className="px-1 text-lg font-semibold">{t("register.sectionAge")}</legend>
        <FieldSet id="dobKnown" legend={t("register.dobKnown")} error={error("dobKnown")}>
          <label className="flex items-center gap-2">
            <input type="radio" value="exact" {...register("dobKnown")} />
            {t("register.dobExact")}
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" value="estimated" {...register("dobKnown")} />
            {t("register.dobEstimated")}
          </label>
        </FieldSet>
        <div className="grid gap-4 sm:grid-cols-2">
          {dobKnown === "estimated" ? (
            <Field id="estimatedAge" label={t("register.estimatedAge")} error={error("estimatedAge")}>
              <input id="estimatedAge" inputMode="numeric" className={inputClass} {...invalid("estimatedAge")} {...register("estimatedAge")} />
            </Field>
          ) : (
            <Field id="dateOfBirth" label={t("register.dateOfBirth")} error={error("dateOfBirth")}>
              <input id="dateOfBirth" type="date" className={inputClass} {...invalid("dateOfBirth")} {...register("dateOfBirth")} />
            </Field>
          )}
        </div>
      </fieldset>

      <fieldset className={cardClass("space-y-4 p-5")}>
        <legend className="px-1 text-lg font-semibold">{t("register.sectionOrigin")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="nationality" label={t("register.nationality")} error={error("nationality")}>
            <select id="nationality" className={inputClass} {...invalid("nationality")} {...register("nationality")}>
              <option value="">{t("register.chooseNationality")}</option>
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
        <FieldSet id="languages" legend={t("register.languages")} error={error("languages")}>
          {LANGUAGE_CODES.map((code) => (
            <label key={code} className="flex items-center gap-2">
              <input type="checkbox" value={code} {...register("languages")} />
              {t(`languages.${code}`)}
            </label>
          ))}
        </FieldSet>
      </fieldset>

      <fieldset className={cardClass("space-y-4 p-5")}>
        <legend className="px-1 text-lg font-semibold">{t("register.sectionArrival")}</legend>
        <FieldSet id="separationType" legend={t("register.separationType")} error={error("separationType")}>
          {Object.values(SeparationType).map((value) => (
            <label key={value} className="flex items-center gap-2">
              <input type="radio" value={value} {...register("separationType")} />
              {t(`separationType.${value}`)}
            </label>
          ))}
        </FieldSet>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="arrivalDate" label={t("register.arrivalDate")} error={error("arrivalDate")}>
            <input id="arrivalDate" type="date" className={inputClass} {...invalid("arrivalDate")} {...register("arrivalDate")} />
          </Field>
          <Field id="referralSource" label={t("register.referralSource")} error={error("referralSource")}>
            <select id="referralSource" className={inputClass} {...invalid("referralSource")} {...register("referralSource")}>
              <option value="">{t("register.chooseReferral")}</option>
              {Object.values(ReferralSource).map((value) => (
                <option key={value} value={value}>
                  {t(`referralSource.${value}`)}
                </option>
              ))}
            </select>
          </Field>
          {centres.length > 1 && (
            <Field id="centreId" label={t("register.centre")} error={error("centreId")}>
              <select id="centreId" className={inputClass} {...invalid("centreId")} {...register("centreId")}>
                <option value="">{t("register.chooseCentre")}</option>
                {centres.map((c) => (
                  <option key={c.value} value={c.value}>
                    {c.label}
                  </option>
                ))}
              </select>
            </Field>
          )}
        </div>
      </fieldset>

      <button
        type="submit"
        disabled={pending}
        className={buttonClass("primary", "lg")}
      >
        {pending ? t("register.submitting") : t("register.submit")}
      </button>
    </form>
  );
}
