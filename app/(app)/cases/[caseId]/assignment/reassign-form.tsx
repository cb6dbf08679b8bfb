"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { ConflictMessage } from "@/components/case/conflict-message";
import { Field, inputClass } from "@/components/form/field";
import { reassignCaseSchema, type ReassignCaseData, type ReassignCaseInput } from "@/lib/cases/reassign.schema";
import { reassignCaseAction } from "./actions";

type FormProblem = "fixErrors" | "failed" | "notFound" | "caseClosed" | "invalidInput";

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
  workers: { id: string; name: string }[];
}) {
  const t = useTranslations("assignment");
  const tErrors = useTranslations("errors");
  const [pending, startTransition] = useTransition();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [conflict, setConflict] = useState<{ byName: string | null; at: string } | null>(null);
  const [savedName, setSavedName] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    reset,
    formState: { errors },
  } = useForm<ReassignCaseInput, unknown, ReassignCaseData>({
    resolver: zodResolver(reassignCaseSchema),
    defaultValues: { workerId: "", version },
  });

  const onValid = () => {
    const raw = getValues();
    setProblem(null);
    setConflict(null);
    setSavedName(null);
    startTransition(async () => {
      try {
        const result = await reassignCaseAction(caseId, raw);
        if (result.ok) {
          // The page re-renders with the new version and assignment (revalidated by the action).
          reset({ workerId: "", version: result.data.version });
          setSavedName(result.data.toName);
        } else if ("fieldErrors" in result) {
          if (result.fieldErrors.workerId) setError("workerId", { message: result.fieldErrors.workerId });
          setProblem("fixErrors");
        } else if ("conflict" in result) {
          setConflict(result.conflict);
        } else {
          setProblem(result.error === "notFound" || result.error === "invalidInput" ? result.error : "caseClosed");
        }
      } catch {
        setProblem("failed");
      }
    });
  };

  return (
    <form onSubmit={handleSubmit(onValid, () => setProblem("fixErrors"))} noValidate className="space-y-4">
      {conflict && <ConflictMessage byName={conflict.byName} at={conflict.at} />}
      {problem && (
        <p role="alert" data-testid="form-error" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {problem === "invalidInput" ? tErrors("invalidInput") : t(problem)}
        </p>
      )}
      {savedName && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          {t("saved", { name: savedName })}
        </p>
      )}
      <input type="hidden" {...register("version")} />
      <div className="max-w-md">
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
                {worker.id === currentWorkerId ? t("currentMarker", { name: worker.name }) : worker.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
