"use client";
import { useTranslations } from "next-intl";
import { ProblemBox } from "@/components/form/problem-box";
import { useActionForm } from "@/components/form/use-action-form";
import { Field, inputClass } from "@/components/form/field";
import { Button } from "@/components/ui/button";
import type { ReferCaseInput } from "@/lib/bid/bid-referral.schema";
import { referCaseAction } from "./actions";

/**
 * The caseworker refers the case for BID: reason, and the family tracing result if known. A review
 * referral (after a signed decision) asks what changed and starts from the last tracing result.
 */
export function ReferralForm({
  caseId,
  caseVersion,
  review = false,
  familyTracingResult = "",
}: {
  caseId: string;
  caseVersion: number;
  review?: boolean;
  familyTracingResult?: string;
}) {
  const t = useTranslations("bid.referral");
  const { form, submitWith, pending, problem } = useActionForm<ReferCaseInput>({
    schema: () => import("@/lib/bid/bid-referral.schema").then((m) => m.referCaseSchema),
    defaultValues: { reason: "", familyTracingResult, caseVersion },
  });
  const onSubmit = submitWith((values) => referCaseAction(caseId, values));
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="bid-refer-form">
      <ProblemBox problem={problem} messages="bid.errors" />
      <input type="hidden" {...form.register("caseVersion")} />
      <Field id="reason" label={review ? t("review.reason") : t("reason")} hint={review ? t("review.reasonHint") : t("reasonHint")} error={errors.reason?.message}>
        <textarea id="reason" rows={3} className={inputClass} aria-invalid={errors.reason ? true : undefined} {...form.register("reason")} />
      </Field>
      <Field id="familyTracingResult" label={t("familyTracingResult")} hint={t("familyTracingHint")} error={errors.familyTracingResult?.message}>
        <textarea id="familyTracingResult" rows={3} className={inputClass} {...form.register("familyTracingResult")} />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? t("submitting") : review ? t("review.submit") : t("submit")}
      </Button>
    </form>
  );
}
