"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/form/field";
import { ProblemBox } from "@/components/form/problem-box";
import { SavedMessage } from "@/components/form/saved-message";
import { useActionForm } from "@/components/form/use-action-form";
import { Button } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import { OrganisationType } from "@/lib/generated/prisma/enums";
import type { OrganisationFormInput } from "@/lib/organisations/organisation.schema";
import { createOrganisationAction, updateOrganisationAction } from "./actions";

type Values = Omit<OrganisationFormInput, "version"> & { version?: number };

/** A new organisation, or an edit at the version read. `countries`: codes with their names in the UI's language. */
export function OrganisationForm({
  countries,
  edit,
}: {
  countries: { value: string; label: string }[];
  edit?: { organisationId: string; values: Values };
}) {
  const t = useTranslations("organisationsAdmin");
  const router = useRouter();
  const { form, submitWith, pending, problem, saved } = useActionForm<Values>({
    schema: () => import("@/lib/organisations/organisation.schema").then((m) => (edit ? m.updateOrganisationSchema : m.createOrganisationSchema)),
    defaultValues: edit?.values ?? { code: "", name: "", nameAr: "", type: "" as OrganisationType, country: "MR" },
  });
  const {
    register,
    formState: { errors },
  } = form;
  const invalid = (name: keyof Values) => (errors[name] ? { "aria-invalid": true as const, "aria-describedby": `${name}-error` } : {});

  const onSubmit = submitWith<{ version: number } | { organisationId: string }>(
    (values) => (edit ? updateOrganisationAction(edit.organisationId, values) : createOrganisationAction(values)),
    (data) => {
      if ("organisationId" in data) return router.push("/admin/organisations");
      form.setValue("version", data.version);
    },
  );

  return (
    <form onSubmit={onSubmit} noValidate className={cardClass("space-y-4 p-5")} data-testid="organisation-form">
      <ProblemBox problem={problem} messages="organisationsAdmin" />
      {saved && <SavedMessage text={t("saved")} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="code" label={t("code")} hint={t("codeHint")} error={errors.code?.message}>
          <input id="code" dir="ltr" maxLength={20} autoCapitalize="characters" className={`${inputClass} font-mono uppercase`} {...invalid("code")} {...register("code")} />
        </Field>
        <Field id="type" label={t("type")} error={errors.type?.message}>
          <select id="type" className={inputClass} {...invalid("type")} {...register("type")}>
            <option value="">{t("chooseType")}</option>
            {Object.values(OrganisationType).map((type) => (
              <option key={type} value={type}>
                {t(`types.${type}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="name" label={t("name")} error={errors.name?.message}>
          <input id="name" dir="auto" className={inputClass} {...invalid("name")} {...register("name")} />
        </Field>
        <Field id="nameAr" label={t("nameAr")} hint={t("nameArHint")} error={errors.nameAr?.message}>
          <input id="nameAr" dir="rtl" lang="ar" className={inputClass} {...invalid("nameAr")} {...register("nameAr")} />
        </Field>
        <Field id="country" label={t("country")} error={errors.country?.message}>
          <select id="country" className={inputClass} {...invalid("country")} {...register("country")}>
            {countries.map((country) => (
              <option key={country.value} value={country.value}>
                {country.label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Button type="submit" size="lg" disabled={pending}>
        {pending ? t("saving") : edit ? t("save") : t("create")}
      </Button>
    </form>
  );
}
