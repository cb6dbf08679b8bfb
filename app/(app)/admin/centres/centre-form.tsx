"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/form/field";
import { ProblemBox } from "@/components/form/problem-box";
import { SavedMessage } from "@/components/form/saved-message";
import { useActionForm } from "@/components/form/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import { MAX_CENTRE_CAPACITY, WILAYAS } from "@/lib/centres/centre.constants";
import type { CreateCentreInput, UpdateCentreInput } from "@/lib/centres/centre.schema";
import { createCentreAction, updateCentreAction } from "./actions";

type Values = CreateCentreInput & Partial<UpdateCentreInput>;

/**
 * A new centre (with its code), or an edit at the version read. Changing the capacity asks for a
 * reason; a capacity below the children present is allowed, with a warning before saving.
 */
export function CentreForm({ edit }: { edit?: { centreId: string; code: string; occupied: number; values: UpdateCentreInput } }) {
  const t = useTranslations("centresAdmin");
  const router = useRouter();
  const { form, submitWith, pending, problem, saved } = useActionForm<Values>({
    schema: () => import("@/lib/centres/centre.schema").then((m) => (edit ? m.updateCentreSchema : m.createCentreSchema)),
    defaultValues: edit ? { code: edit.code, ...edit.values } : { code: "", name: "", town: "", region: "", capacity: "" },
  });
  const {
    register,
    watch,
    formState: { errors },
  } = form;
  const invalid = (name: keyof Values) => (errors[name] ? { "aria-invalid": true as const, "aria-describedby": `${name}-error` } : {});

  const capacity = Number(watch("capacity"));
  const capacityChanged = edit !== undefined && String(watch("capacity")) !== String(watch("previousCapacity"));
  const over = edit && Number.isInteger(capacity) && capacity < edit.occupied ? edit.occupied - capacity : 0;

  const onSubmit = submitWith<{ version: number; occupied: number } | { centreId: string }>(
    (values) => (edit ? updateCentreAction(edit.centreId, values) : createCentreAction(values)),
    (data) => {
      if ("centreId" in data) return router.push("/admin/centres");
      // The saved values are the form's new starting point, at the new version.
      form.setValue("version", data.version);
      form.setValue("previousCapacity", Number(form.getValues("capacity")));
      form.setValue("capacityReason", "");
    },
  );

  return (
    <form onSubmit={onSubmit} noValidate className={cardClass("space-y-4 p-5")} data-testid="centre-form">
      <ProblemBox problem={problem} messages="centresAdmin" />
      {saved && <SavedMessage text={t("saved")} />}
      <div className="grid gap-4 sm:grid-cols-2">
        {edit ? (
          <div>
            <p className="text-sm font-medium">{t("codeFixed")}</p>
            <p className="mt-1 font-mono text-lg" data-testid="centre-code">
              {edit.code}
            </p>
          </div>
        ) : (
          <Field id="code" label={t("code")} hint={t("codeHint")} error={errors.code?.message}>
            <input id="code" dir="ltr" maxLength={3} autoCapitalize="characters" className={`${inputClass} font-mono uppercase`} {...invalid("code")} {...register("code")} />
          </Field>
        )}
        <Field id="name" label={t("name")} error={errors.name?.message}>
          <input id="name" dir="auto" className={inputClass} {...invalid("name")} {...register("name")} />
        </Field>
        <Field id="town" label={t("town")} error={errors.town?.message}>
          <input id="town" dir="auto" className={inputClass} {...invalid("town")} {...register("town")} />
        </Field>
        <Field id="region" label={t("region")} error={errors.region?.message}>
          <input id="region" dir="auto" list="wilayas" className={inputClass} {...invalid("region")} {...register("region")} />
          <datalist id="wilayas">
            {WILAYAS.map((wilaya) => (
              <option key={wilaya} value={wilaya} />
            ))}
          </datalist>
        </Field>
        <Field id="capacity" label={t("capacity")} error={errors.capacity?.message}>
          <input
            id="capacity"
            type="number"
            inputMode="numeric"
            min={0}
            max={MAX_CENTRE_CAPACITY}
            className={inputClass}
            {...invalid("capacity")}
            {...register("capacity")}
          />
        </Field>
        {edit && (
          <Field id="capacityReason" label={t("capacityReason")} hint={t("capacityReasonHint")} error={errors.capacityReason?.message}>
            <input
              id="capacityReason"
              dir="auto"
              className={inputClass}
              aria-required={capacityChanged}
              {...invalid("capacityReason")}
              {...register("capacityReason")}
            />
          </Field>
        )}
      </div>
      {over > 0 && (
        <Alert tone="warning" testId="over-capacity-warning" role="status">
          {t("overCapacityWarning", { occupied: edit!.occupied, capacity, over })}
        </Alert>
      )}
      {edit && (
        <div>
          <label className="flex items-center gap-2 text-sm font-medium">
            <input type="checkbox" {...register("active")} /> {t("activeLabel")}
          </label>
          <p className="text-xs text-slate-500">{t("activeHint")}</p>
        </div>
      )}
      <Button type="submit" size="lg" disabled={pending}>
        {pending ? t("saving") : edit ? t("save") : t("create")}
      </Button>
    </form>
  );
}
