"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/form/field";
import { ProblemBox } from "@/components/form/problem-box";
import { useActionForm } from "@/components/form/use-action-form";
import type { CompleteReviewData } from "@/lib/placements/placement.schema";
import { completePlacementReviewAction } from "./actions";
import { buttonClass } from "@/components/ui/button";

type Values = { placementId: string; version: number; note: string };

/** Closes the review a foster family's suspension asked for; the child stays in the placement. */
export function ReviewForm({ caseId, placementId, version }: { caseId: string; placementId: string; version: number }) {
  const t = useTranslations("placements");
  const router = useRouter();
  const { form, submitWith, pending, problem } = useActionForm<Values, CompleteReviewData>({
    schema: () => import("@/lib/placements/placement.schema").then((m) => m.completeReviewSchema),
    defaultValues: { placementId, version, note: "" },
  });
  const {
    register,
    formState: { errors },
  } = form;

  return (
    <form
      onSubmit={submitWith(
        (values) => completePlacementReviewAction(caseId, values),
        () => router.refresh(),
      )}
      noValidate
      className="space-y-3"
      aria-label={t("reviewTitle")}
      data-testid="review-form"
    >
      <ProblemBox problem={problem} messages="placements" />
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
      <button type="submit" disabled={pending} className={buttonClass("primary", "lg")}>
        {pending ? t("reviewSaving") : t("reviewComplete")}
      </button>
    </form>
  );
}
