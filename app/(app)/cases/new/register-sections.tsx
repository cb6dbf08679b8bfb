import { useTranslations } from "next-intl";
import { useWatch, type UseFormReturn } from "react-hook-form";
import { Field, FieldSet, inputClass } from "@/components/form/field";
import { FormSection } from "@/components/ui/card";
import type { RegisterChildData, RegisterChildInput } from "@/lib/cases/case.schema";
import { ReferralSource, SeparationType, Sex } from "@/lib/generated/prisma/enums";
import { LANGUAGE_CODES } from "@/lib/reference/languages";

// The four steps of the registration form, each a titled group of fields bound to the one form.

export type Option = { value: string; label: string };
type RegisterFormApi = UseFormReturn<RegisterChildInput, unknown, RegisterChildData>;

/** The field's message key and the attributes that tie an invalid control to it. */
function fieldState(form: RegisterFormApi) {
  const { errors } = form.formState;
  return {
    error: (name: keyof RegisterChildInput) => errors[name]?.message,
    invalid: (name: keyof RegisterChildInput) => (errors[name] ? { "aria-invalid": true as const, "aria-describedby": `${name}-error` } : {}),
  };
}

/** Names and sex. */
export function IdentitySection({ form }: { form: RegisterFormApi }) {
  const t = useTranslations();
  const { register } = form;
  const { error, invalid } = fieldState(form);
  return (
    <FormSection legend={t("register.sectionIdentity")}>
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
    </FormSection>
  );
}

/** Date of birth, or an estimated age when it is not known. */
export function AgeSection({ form }: { form: RegisterFormApi }) {
  const t = useTranslations();
  const { register } = form;
  const { error, invalid } = fieldState(form);
  const dobKnown = useWatch({ control: form.control, name: "dobKnown" });
  return (
    <FormSection legend={t("register.sectionAge")}>
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
    </FormSection>
  );
}

/** Nationality (frequent countries first) and languages spoken. */
export function OriginSection({ form, frequentCountries, otherCountries }: { form: RegisterFormApi; frequentCountries: Option[]; otherCountries: Option[] }) {
  const t = useTranslations();
  const { register } = form;
  const { error, invalid } = fieldState(form);
  return (
    <FormSection legend={t("register.sectionOrigin")}>
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
    </FormSection>
  );
}

/** How the child was separated, arrived and referred; the centre for someone attached to several. */
export function ArrivalSection({ form, centres }: { form: RegisterFormApi; centres: Option[] }) {
  const t = useTranslations();
  const { register } = form;
  const { error, invalid } = fieldState(form);
  return (
    <FormSection legend={t("register.sectionArrival")}>
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
    </FormSection>
  );
}
