"use client";
import { useTranslations } from "next-intl";
import { FormProblemMessage, primaryButton } from "@/app/(app)/bid/_components/form-problem";
import { useBidForm } from "@/app/(app)/bid/_components/use-bid-form";
import { Field, inputClass } from "@/components/form/field";
import { referCaseSchema, type ReferCaseInput } from "@/lib/bid/bid-referral.schema";
import { referCaseAction } from "./actions";

/** The caseworker refers the case for BID: reason, and the family tracing result if known. */
export function ReferralForm({ caseId, caseVersion }: { caseId: string; caseVersion: number }) {
  const t = useTranslations("bid.referral");
  const { form, onSubmit, pending, problem } = useBidForm<ReferCaseInput, { referralId: string; caseVersion: number }>(
    referCaseSchema,
    { reason: "", familyTracingResult: "", caseVersion },
    (values) => referCaseAction(caseId, values),
  );
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="bid-refer-form">
      <FormProblemMessage problem={problem} />
      <input type="hidden" {...form.register("caseVersion")} />
      <Field id="reason" label={t("reason")} hint={t("reasonHint")} error={errors.reason?.message}>
        <textarea id="reason" rows={3} className={inputClass} aria-invalid={errors.reason ? true : undefined} {...form.register("reason")} />
      </Field>
      <Field id="familyTracingResult" label={t("familyTracingResult")} hint={t("familyTracingHint")} error={errors.familyTracingResult?.message}>
        <textarea id="familyTracingResult" rows={3} className={inputClass} {...form.register("familyTracingResult")} />
      </Field>
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
