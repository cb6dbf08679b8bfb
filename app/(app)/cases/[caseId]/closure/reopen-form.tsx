"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/form/field";
import { ProblemBox } from "@/components/form/problem-box";
import { useActionForm } from "@/components/form/use-action-form";
import { buttonClass } from "@/components/ui/button";
import type { ReopenValues } from "@/lib/closures/closure.schema";
import { reopenCaseAction } from "./actions";

/** The supervisor reopens a closed case, saying why. */
export function ReopenForm({ caseId, caseVersion }: { caseId: string; caseVersion: number }) {
  const t = useTranslations("closure");
  const router = useRouter();
  const { form, submitWith, pending, problem } = useActionForm<ReopenValues>({ schema: () => import("@/lib/closures/closure.schema").then((m) => m.reopenSchema), defaultValues: { reason: "" } });
  const error = form.formState.errors.reason?.message;

  const onSubmit = submitWith(
    (values) => reopenCaseAction(caseId, { ...values, caseVersion }),
    () => router.refresh(),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border-2 border-brand-100 bg-brand-50 p-5" data-testid="reopen-form">
      <h3 className="text-lg font-semibold">{t("reopenTitle")}</h3>
      <ProblemBox problem={problem} messages="approval.errors" />
      <Field id="reopenReason" label={`${t("reopenReason")} *`} hint={t("reopenHint")} error={error}>
        <textarea
          id="reopenReason"
          rows={3}
          dir="auto"
          className={inputClass}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "reopenReason-error" : undefined}
          {...form.register("reason")}
        />
      </Field>
      <button type="submit" disabled={pending} className={buttonClass()}>
        {t("reopen")}
      </button>
    </form>
  );
}
