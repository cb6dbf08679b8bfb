"use client";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Field, FieldSet, inputClass } from "@/components/form/field";
import { ProblemBox } from "@/components/form/problem-box";
import { SavedMessage } from "@/components/form/saved-message";
import { useActionForm } from "@/components/form/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import type { ActionResult } from "@/lib/action-result";
import { ROLES } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { organisationName } from "@/lib/organisations/organisation-name";
import { worksInCentres } from "@/lib/users/account-rules";
import type { AccountOptions } from "@/lib/users/list-account-options";

export type UserFormValues = {
  name: string;
  email?: string;
  role: Role | "";
  organisationId: string;
  centreIds: string[];
  preferredLocale: Locale | "";
  active?: boolean;
  version?: number;
};
type Values = UserFormValues;

/**
 * The account form: creation (with the e-mail) or change (with "active" and the version read).
 * Centres are offered only for the roles that work in centres; for the others none are sent.
 */
export function UserForm<T>({
  mode,
  options,
  initial,
  submit,
  onCreated,
}: {
  mode: "create" | "update";
  options: AccountOptions;
  initial: Values;
  submit: (values: Values) => Promise<ActionResult<T>>;
  onCreated?: (data: T, values: Values) => void;
}) {
  const t = useTranslations("users");
  const tRoles = useTranslations("roles");
  const tLanguage = useTranslations("language");
  const locale = useLocale();
  const format = useFormatter();
  const { form, submitWith, pending, problem, saved } = useActionForm<Values>({
    schema: () => import("@/lib/users/user.schema").then((m) => (mode === "create" ? m.createUserSchema : m.updateUserSchema)),
    defaultValues: initial,
  });
  const [version, setVersion] = useState(initial.version);
  const errors = form.formState.errors;
  const role = form.watch("role") as Role | "";
  const inCentres = role !== "" && worksInCentres(role);
  const onSubmit = submitWith(
    (values) => submit({ ...values, version, centreIds: inCentres ? values.centreIds : [] }),
    (data, values) => {
      if (data && typeof data === "object" && "version" in data && typeof data.version === "number") setVersion(data.version);
      onCreated?.(data, values);
    },
  );
  const invalid = (name: keyof Values) => (errors[name] ? true : undefined);
  const centreError = errors.centreIds?.message ?? (Array.isArray(errors.centreIds) ? errors.centreIds.find(Boolean)?.message : undefined);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="user-form">
      {problem?.kind === "conflict" ? (
        <Alert tone="warning" testId="conflict-message" role="alert">
          <p>
            {problem.byName
              ? t("conflict", { name: problem.byName, time: format.dateTime(new Date(problem.at), { hour: "2-digit", minute: "2-digit" }) })
              : t("conflictNoName", { time: format.dateTime(new Date(problem.at), { hour: "2-digit", minute: "2-digit" }) })}
          </p>
          <button type="button" onClick={() => window.location.reload()} className="mt-2 font-semibold underline">
            {t("reload")}
          </button>
        </Alert>
      ) : (
        <ProblemBox problem={problem} messages="users.errors" />
      )}
      {saved && mode === "update" && <SavedMessage text={t("form.saved")} />}
      <div className={cardClass("grid gap-4 p-5 md:grid-cols-2")}>
        <Field id="name" label={t("form.name")} error={errors.name?.message}>
          <input id="name" className={inputClass} autoComplete="off" aria-invalid={invalid("name")} {...form.register("name")} />
        </Field>
        {mode === "create" && (
          <Field id="email" label={t("form.email")} error={errors.email?.message}>
            <input id="email" type="email" dir="ltr" className={inputClass} autoComplete="off" aria-invalid={invalid("email")} {...form.register("email")} />
          </Field>
        )}
        <Field id="role" label={t("form.role")} error={errors.role?.message}>
          <select id="role" className={inputClass} aria-invalid={invalid("role")} {...form.register("role")}>
            <option value="" />
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {tRoles(r)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="organisationId" label={t("form.organisation")} hint={t("form.organisationRule")} error={errors.organisationId?.message}>
          <select id="organisationId" className={inputClass} aria-invalid={invalid("organisationId")} {...form.register("organisationId")}>
            <option value="" />
            {options.organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {organisationName(o, locale)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="preferredLocale" label={t("form.preferredLocale")} error={errors.preferredLocale?.message}>
          <select id="preferredLocale" className={inputClass} {...form.register("preferredLocale")}>
            <option value="">{t("form.browserLanguage")}</option>
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {tLanguage(l)}
              </option>
            ))}
          </select>
        </Field>
        <div className="md:col-span-2" hidden={!inCentres && !centreError}>
          <FieldSet id="centreIds" legend={t("form.centres")} error={centreError}>
            {options.centres
              .filter((c) => c.active || initial.centreIds.includes(c.id))
              .map((c) => (
                <label key={c.id} className="flex items-center gap-2 text-sm">
                  <input type="checkbox" value={c.id} {...form.register("centreIds")} />
                  {c.name}
                  {!c.active && <span className="text-xs text-slate-500">({t("form.closed")})</span>}
                </label>
              ))}
          </FieldSet>
          <p className="mt-1 text-xs text-slate-500">{t("form.centresHint")}</p>
        </div>
        {mode === "update" && (
          <div className="md:col-span-2">
            <label className="flex items-center gap-2 text-sm font-medium">
              <input type="checkbox" {...form.register("active")} /> {t("form.active")}
            </label>
            <p className="text-xs text-slate-500">{t("form.activeHint")}</p>
            {errors.active?.message && <FieldErrorLine id="active" message={errors.active.message} />}
          </div>
        )}
      </div>
      <Button type="submit" size="lg" disabled={pending}>
        {mode === "create" ? (pending ? t("form.creating") : t("form.create")) : pending ? t("form.saving") : t("form.save")}
      </Button>
    </form>
  );
}

function FieldErrorLine({ id, message }: { id: string; message: string }) {
  const t = useTranslations("errors");
  return (
    <p id={`${id}-error`} className="mt-1 text-sm text-red-700" data-testid={`error-${id}`}>
      {t.has(message) ? t(message) : t("invalid")}
    </p>
  );
}
