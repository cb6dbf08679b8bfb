"use client";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/form/field";
import { ProblemBox } from "@/components/form/problem-box";
import { SavedMessage } from "@/components/form/saved-message";
import { useActionForm } from "@/components/form/use-action-form";
import { Button } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import type { SecurityConfigFormInput } from "@/lib/settings/security-config.schema";
import { updateSecurityConfigAction } from "./actions";

export function SecuritySettingsForm({ roles, initial }: { roles: { value: string; label: string }[]; initial: SecurityConfigFormInput }) {
  const t = useTranslations("securitySettings");
  const { form, submitWith, pending, problem, saved } = useActionForm<SecurityConfigFormInput>({ schema: () => import("@/lib/settings/security-config.schema").then((m) => m.securityConfigFormSchema), defaultValues: initial });
  const onSubmit = submitWith((values) => updateSecurityConfigAction(values));
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="security-settings-form">
      <ProblemBox problem={problem} />
      {saved && <SavedMessage text={t("saved")} />}
      <fieldset className={cardClass("space-y-3 p-5")}>
        <legend className="px-1 font-semibold">{t("twoFactorLegend")}</legend>
        <p className="text-sm text-slate-600">{t("twoFactorHint")}</p>
        <div className="grid gap-2 sm:grid-cols-2">
          {roles.map((role) => (
            <label key={role.value} className="flex items-center gap-2 text-sm">
              <input type="checkbox" value={role.value} className="h-4 w-4" {...form.register("twoFactorRequiredRoles")} /> {role.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className={cardClass("max-w-sm p-5")}>
        <Field id="idleTimeoutMinutes" label={t("idleTimeoutMinutes")} hint={t("idleTimeoutHint")} error={errors.idleTimeoutMinutes?.message}>
          <input
            id="idleTimeoutMinutes"
            type="number"
            inputMode="numeric"
            className={inputClass}
            aria-invalid={errors.idleTimeoutMinutes ? true : undefined}
            {...form.register("idleTimeoutMinutes")}
          />
        </Field>
      </div>
      <Button type="submit" size="lg" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
