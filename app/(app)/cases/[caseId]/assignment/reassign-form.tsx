"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field, inputClass } from "@/components/form/field";
import { ProblemBox } from "@/components/form/problem-box";
import { useActionForm } from "@/components/form/use-action-form";
import { alertClass } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import type { ReassignCaseData, ReassignCaseInput } from "@/lib/cases/reassign.schema";
import { reassignCaseAction } from "./actions";

/**
 * The supervisor's "reassign to" control. Carries the case version read with the page: if
 * someone changed the case since, the save is refused and the conflict message says who.
 */
export function ReassignForm({
  caseId,
  version,
  currentWorkerId,
  workers,
}: {
  caseId: string;
  version: number;
  currentWorkerId: string | null;
  workers: { id: string; name: string; openCases: number }[];
}) {
  const t = useTranslations("assignment");
  const [savedName, setSavedName] = useState<string | null>(null);
  const { form, submitWith, pending, problem, saved } = useActionForm<ReassignCaseInput, ReassignCaseData>({
    schema: () => import("@/lib/cases/reassign.schema").then((m) => m.reassignCaseSchema),
    defaultValues: { workerId: "", reason: "", version },
  });
  const {
    register,
    reset,
    formState: { errors },
  } = form;

  const onSubmit = submitWith(
    (values) => reassignCaseAction(caseId, values),
    (data) => {
      // The page re-renders with the new version and assignment (revalidated by the action).
      reset({ workerId: "", reason: "", version: data.version });
      setSavedName(data.toName);
    },
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <ProblemBox problem={problem} messages="assignment" />
      {saved && savedName && (
        <p role="status" className={alertClass("success", "p-3 text-sm")}>
          {t("saved", { name: savedName })}
        </p>
      )}
      <input type="hidden" {...register("version")} />
      <div className="max-w-md space-y-4">
        <Field id="workerId" label={t("worker")} error={errors.workerId?.message}>
          <select
            id="workerId"
            className={inputClass}
            aria-invalid={errors.workerId ? true : undefined}
            aria-describedby={errors.workerId ? "workerId-error" : undefined}
            {...register("workerId")}
          >
            <option value="">{t("chooseWorker")}</option>
            {workers.map((worker) => (
              <option key={worker.id} value={worker.id}>
                {t("workerOption", {
                  // Isolated, so that in Arabic the count does not jump before a Latin name.
                  name: `\u2068${worker.id === currentWorkerId ? t("currentMarker", { name: worker.name }) : worker.name}\u2069`,
                  count: worker.openCases,
                })}
              </option>
            ))}
          </select>
        </Field>
        <Field id="reason" label={t("reason")} hint={t("reasonHint")} error={errors.reason?.message}>
          <textarea
            id="reason"
            rows={3}
            maxLength={500}
            className={inputClass}
            aria-invalid={errors.reason ? true : undefined}
            aria-describedby={errors.reason ? "reason-error" : undefined}
            {...register("reason")}
          />
        </Field>
      </div>
      <button
        type="submit"
        disabled={pending}
        className={buttonClass("primary", "lg")}
      >
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
