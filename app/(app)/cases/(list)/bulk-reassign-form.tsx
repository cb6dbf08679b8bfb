"use client";
import { cardClass } from "@/components/ui/card";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Field, inputClass } from "@/components/form/field";
import { ProblemBox } from "@/components/form/problem-box";
import { useActionForm } from "@/components/form/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { CentreWorker } from "@/lib/cases/list-centre-workers";
import type { ReassignCasesData, ReassignCasesInput } from "@/lib/cases/reassign.schema";
import { reassignCasesAction } from "./actions";

/**
 * The caseload's bulk reassignment: one worker and one reason for the selected cases, each sent
 * with the version the list showed (a case changed since refuses the whole request).
 */
export function BulkReassignForm({
  cases,
  workers,
  onDone,
  onCancel,
}: {
  cases: { id: string; version: number }[];
  workers: CentreWorker[];
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("assignment");
  const tErrors = useTranslations("errors");
  const { form, submitWith, pending, problem } = useActionForm<ReassignCasesInput, ReassignCasesData>({
    schema: () => import("@/lib/cases/reassign.schema").then((m) => m.reassignCasesSchema),
    defaultValues: { workerId: "", reason: "", cases },
  });
  const {
    register,
    setValue,
    formState: { errors },
  } = form;
  // The selection stays editable while the form is open.
  useEffect(() => setValue("cases", cases), [cases, setValue]);

  const onSubmit = submitWith(reassignCasesAction, (data) => {
    const saved = t("bulk.saved", { moved: data.moved, name: data.toName });
    onDone(data.unchanged > 0 ? `${saved} ${t("bulk.unchanged", { count: data.unchanged })}` : saved);
  });
  const casesError = errors.cases?.message ?? errors.cases?.root?.message;

  return (
    <form onSubmit={onSubmit} noValidate className={cardClass("space-y-3 p-4")} data-testid="bulk-reassign-form">
      <h2 className="text-base font-semibold">{t("bulk.title")}</h2>
      <ProblemBox problem={problem} messages="assignment" />
      {casesError && (
        <Alert tone="error" role="alert" testId="bulk-cases-error">
          {tErrors.has(casesError) ? tErrors(casesError) : tErrors("invalid")}
        </Alert>
      )}
      <div className="grid gap-3 md:grid-cols-2">
        <Field id="bulk-workerId" label={t("worker")} error={errors.workerId?.message}>
          <select
            id="bulk-workerId"
            className={inputClass}
            aria-invalid={errors.workerId ? true : undefined}
            aria-describedby={errors.workerId ? "bulk-workerId-error" : undefined}
            {...register("workerId")}
          >
            <option value="">{t("chooseWorker")}</option>
            {workers.map((worker) => (
              <option key={worker.id} value={worker.id}>
                {/* Isolated, so that in Arabic the count does not jump before a Latin name. */}
                {t("workerOption", { name: `\u2068${worker.name}\u2069`, count: worker.openCases })}
              </option>
            ))}
          </select>
        </Field>
        <Field id="bulk-reason" label={t("reason")} hint={t("reasonHint")} error={errors.reason?.message}>
          <textarea
            id="bulk-reason"
            rows={2}
            maxLength={500}
            className={inputClass}
            aria-invalid={errors.reason ? true : undefined}
            aria-describedby={errors.reason ? "bulk-reason-error" : undefined}
            {...register("reason")}
          />
        </Field>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t("bulk.cancel")}
        </Button>
      </div>
    </form>
  );
}
