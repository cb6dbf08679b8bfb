"use client";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { ProblemBox } from "@/components/form/problem-box";
import { SavedMessage } from "@/components/form/saved-message";
import { useActionForm } from "@/components/form/use-action-form";
import { Field, inputClass } from "@/components/form/field";
import { cardClass } from "@/components/ui/card";
import type { BidConfigFormInput } from "@/lib/settings/bid-config.schema";
import { updateBidConfigAction } from "./actions";

export function BidSettingsForm({ initial }: { initial: BidConfigFormInput }) {
  const t = useTranslations("bid.settings");
  const { form, submitWith, pending, problem, saved } = useActionForm<BidConfigFormInput>({ schema: () => import("@/lib/settings/bid-config.schema").then((m) => m.bidConfigFormSchema), defaultValues: initial });
  const onSubmit = submitWith((values) => updateBidConfigAction(values));
  const errors = form.formState.errors;
  const number = (id: "minVoting" | "minOrganisations" | "panelAccessDays", label: string, hint?: string) => (
    <Field id={id} label={label} hint={hint} error={errors[id]?.message}>
      <input id={id} type="number" inputMode="numeric" className={inputClass} aria-invalid={errors[id] ? true : undefined} {...form.register(id)} />
    </Field>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="bid-settings-form">
      <ProblemBox problem={problem} messages="bid.errors" />
      {saved && <SavedMessage text={t("saved")} />}
      <fieldset className={cardClass("grid gap-4 p-5 md:grid-cols-2")}>
        <legend className="px-1 font-semibold">{t("quorumTitle")}</legend>
        {number("minVoting", t("minVoting"))}
        {number("minOrganisations", t("minOrganisations"))}
        <label className="flex items-center gap-2 text-sm font-medium md:col-span-2">
          <input type="checkbox" {...form.register("chairRequired")} /> {t("chairRequired")}
        </label>
      </fieldset>
      <div className={cardClass("max-w-sm p-5")}>{number("panelAccessDays", t("panelAccessDays"), t("panelAccessHint"))}</div>
      <button type="submit" disabled={pending} className={buttonClass("primary", "lg")}>
        {pending ? t("saving") : t("save")}
      </button>
    </form>
  );
}
