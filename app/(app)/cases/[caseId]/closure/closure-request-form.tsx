"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/form/field";
import { ProblemBox } from "@/components/form/problem-box";
import { useActionForm } from "@/components/form/use-action-form";
import { buttonClass } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import type { ClosureRequestValues } from "@/lib/closures/closure.schema";
import { ClosureReason } from "@/lib/generated/prisma/enums";
import { requestClosureAction } from "./actions";

/** The worker asks the supervisor to close the case: a reason from the list and a summary. */
export function ClosureRequestForm({ caseId, caseVersion }: { caseId: string; caseVersion: number }) {
  const t = useTranslations();
  const router = useRouter();
  const { form, submitWith, pending, problem } = useActionForm<ClosureRequestValues>({ schema: () => import("@/lib/closures/closure.schema").then((m) => m.closureRequestSchema), defaultValues: { summary: "" } });
  const errors = form.formState.errors;
  const invalid = (id: string, error: unknown) => (error ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : {});

  const onSubmit = submitWith(
    (values) => requestClosureAction(caseId, { ...values, caseVersion }),
    () => router.refresh(),
  );

  return (
    <form onSubmit={onSubmit} noValidate className={cardClass("space-y-4 p-5")} data-testid="closure-request-form">
      <h3 className="text-lg font-semibold">{t("closure.requestTitle")}</h3>
      <ProblemBox problem={problem} messages="approval.errors" />
      <Field id="closureReason" label={`${t("closure.reason")} *`} error={errors.reason?.message}>
        <select id="closureReason" className={inputClass} {...invalid("closureReason", errors.reason)} {...form.register("reason")}>
          <option value="">{t("closure.chooseReason")}</option>
          {Object.values(ClosureReason).map((reason) => (
            <option key={reason} value={reason}>
              {t(`closure.reasons.${reason}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="closureSummary" label={`${t("closure.summary")} *`} error={errors.summary?.message}>
        <textarea id="closureSummary" rows={4} dir="auto" className={inputClass} {...invalid("closureSummary", errors.summary)} {...form.register("summary")} />
      </Field>
      <button type="submit" disabled={pending} className={buttonClass()}>
        {t("closure.request")}
      </button>
    </form>
  );
}
