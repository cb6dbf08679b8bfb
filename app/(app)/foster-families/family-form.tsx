"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { BaseSyntheticEvent } from "react";
import { Field, FieldSet, inputClass } from "@/components/form/field";
import { ProblemBox } from "@/components/form/problem-box";
import { useActionForm } from "@/components/form/use-action-form";
import { Button } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import type { FosterFamilyData, FosterFamilyInput } from "@/lib/foster-families/foster-family.schema";
import { MAX_FAMILY_CAPACITY } from "@/lib/foster-families/foster-family.constants";
import { LANGUAGE_CODES } from "@/lib/reference/languages";
import { registerFosterFamilyAction, updateFosterFamilyAction } from "./actions";

const empty: FosterFamilyInput = {
  householdName: "",
  location: "",
  address: "",
  languages: [],
  capacity: "",
  contactName: "",
  contactPhone: "",
  notes: "",
};

/** Registers a household, or (with `edit`) changes its details with the version it was read at. */
export function FamilyForm({ edit }: { edit?: { familyId: string; version: number; values: FosterFamilyInput } }) {
  const t = useTranslations("foster");
  const tAll = useTranslations();
  const router = useRouter();
  const { form, submitWith, pending, problem } = useActionForm<FosterFamilyInput, FosterFamilyData>({
    schema: () => import("@/lib/foster-families/foster-family.schema").then((m) => m.fosterFamilySchema),
    defaultValues: edit?.values ?? empty,
  });
  const {
    register,
    formState: { errors },
  } = form;
  const invalid = (name: keyof FosterFamilyInput) =>
    errors[name] ? { "aria-invalid": true as const, "aria-describedby": `${name}-error` } : {};

  const onSubmit = submitWith<{ version: number } | { familyId: string }>(
    (values, _parsed, event?: BaseSyntheticEvent) => {
      const raw: Record<string, unknown> = { ...values, languages: new FormData(event?.target as HTMLFormElement).getAll("languages") };
      return edit ? updateFosterFamilyAction(edit.familyId, { ...raw, version: edit.version }) : registerFosterFamilyAction(raw);
    },
    (data) => router.push(`/foster-families/${"familyId" in data ? data.familyId : edit!.familyId}`),
  );

  return (
    <form onSubmit={onSubmit} noValidate className={cardClass("p-5 space-y-4")}>
      <ProblemBox problem={problem} messages="foster.problems" />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="householdName" label={t("fields.householdName")} error={errors.householdName?.message}>
          <input id="householdName" dir="auto" className={inputClass} {...invalid("householdName")} {...register("householdName")} />
        </Field>
        <Field id="location" label={t("fields.location")} hint={t("fields.locationHint")} error={errors.location?.message}>
          <input id="location" dir="auto" className={inputClass} {...invalid("location")} {...register("location")} />
        </Field>
        <Field id="address" label={t("fields.address")} error={errors.address?.message}>
          <input id="address" dir="auto" className={inputClass} {...invalid("address")} {...register("address")} />
        </Field>
        <Field id="capacity" label={t("fields.capacity")} error={errors.capacity?.message}>
          <input
            id="capacity"
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_FAMILY_CAPACITY}
            className={inputClass}
            {...invalid("capacity")}
            {...register("capacity")}
          />
        </Field>
        <Field id="contactName" label={t("fields.contactName")} error={errors.contactName?.message}>
          <input id="contactName" dir="auto" className={inputClass} {...invalid("contactName")} {...register("contactName")} />
        </Field>
        <Field id="contactPhone" label={t("fields.contactPhone")} error={errors.contactPhone?.message}>
          <input id="contactPhone" type="tel" dir="ltr" className={inputClass} {...invalid("contactPhone")} {...register("contactPhone")} />
        </Field>
      </div>
      <FieldSet id="languages" legend={t("fields.languages")} error={errors.languages?.message}>
        {LANGUAGE_CODES.map((code) => (
          <label key={code} className="flex items-center gap-2">
            <input type="checkbox" value={code} {...register("languages")} />
            {tAll(`languages.${code}`)}
          </label>
        ))}
      </FieldSet>
      <Field id="notes" label={t("fields.notes")} error={errors.notes?.message}>
        <textarea id="notes" dir="auto" rows={3} className={inputClass} {...invalid("notes")} {...register("notes")} />
      </Field>
      <Button type="submit" size="lg" disabled={pending}>
        {pending ? t("submitting") : edit ? t("saveChanges") : t("submit")}
      </Button>
    </form>
  );
}
