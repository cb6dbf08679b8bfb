"use client";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { ProblemBox } from "@/components/form/problem-box";
import { SavedMessage } from "@/components/form/saved-message";
import { useActionForm } from "@/components/form/use-action-form";
import { Field, inputClass } from "@/components/form/field";
import type { FamilyTracingInput } from "@/lib/bid/bid-referral.schema";
import { saveFamilyTracingAction } from "./actions";

/** The family tracing result on the open referral (a readiness item). */
export function TracingForm({ caseId, version, current }: { caseId: string; version: number; current: string | null }) {
  const t = useTranslations("bid.referral");
  const { form, submitWith, pending, problem, saved } = useActionForm<FamilyTracingInput>({
    schema: () => import("@/lib/bid/bid-referral.schema").then((m) => m.familyTracingSchema),
    defaultValues: { familyTracingResult: current ?? "", version },
  });
  const onSubmit = submitWith(
    (values) => saveFamilyTracingAction(caseId, values),
    (data) => form.setValue("version", data.version),
  );
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid="tracing-form">
      <ProblemBox problem={problem} messages="bid.errors" />
      {saved && <SavedMessage text={t("tracingSaved")} />}
      <input type="hidden" {...form.register("version")} />
      <Field id="familyTracingResult" label={t("familyTracingResult")} error={errors.familyTracingResult?.message}>
        <textarea id="familyTracingResult" rows={3} className={inputClass} aria-invalid={errors.familyTracingResult ? true : undefined} {...form.register("familyTracingResult")} />
      </Field>
      <button type="submit" disabled={pending} className={buttonClass("primary", "lg")}>
        {pending ? t("submitting") : t("saveTracing")}
      </button>
    </form>
  );
}
