"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm, type Resolver } from "react-hook-form";
import { Field, inputClass } from "@/components/form/field";
import { completeReviewSchema, type CompleteReviewData } from "@/lib/placements/placement.schema";
import { completePlacementReviewAction } from "./actions";
import { FormProblemMessage, submitClass } from "./form-problem";
import { usePlacementSubmit } from "./use-placement-submit";

type Values = { placementId: string; version: number; note: string };

/** Closes the review a foster family's suspension asked for; the child stays in the placement. */
export function ReviewForm({ caseId, placementId, version }: { caseId: string; placementId: string; version: number }) {
  const t = useTranslations("placements");
  const router = useRouter();
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    formState: { errors },
  } = useForm<Values, unknown, CompleteReviewData>({
    resolver: zodResolver(completeReviewSchema) as unknown as Resolver<Values, unknown, CompleteReviewData>,
    defaultValues: { placementId, version, note: "" },
  });
  const { pending, problem, setProblem, submit } = usePlacementSubmit((fieldErrors) => {
    for (const [field, message] of Object.entries(fieldErrors)) setError(field as keyof Values, { message });
  });

  return (
    <form
      onSubmit={handleSubmit(
        () => submit(() => completePlacementReviewAction(caseId, getValues()), () => router.refresh()),
        () => setProblem({ kind: "fixErrors" }),
      )}
      noValidate
      className="space-y-3"
      aria-label={t("reviewTitle")}
      data-testid="review-form"
    >
      <FormProblemMessage problem={problem} />
      <Field id="reviewNote" label={t("reviewNote")} error={errors.note?.message}>
        <textarea
          id="reviewNote"
          dir="auto"
          rows={3}
          className={inputClass}
          {...(errors.note ? { "aria-invalid": true as const, "aria-describedby": "reviewNote-error" } : {})}
          {...register("note")}
        />
      </Field>
      <button type="submit" disabled={pending} className={submitClass}>
        {pending ? t("reviewSaving") : t("reviewComplete")}
      </button>
    </form>
  );
}
