"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { Field, inputClass } from "@/components/form/field";
import { ProblemBox } from "@/components/form/problem-box";
import { useActionForm } from "@/components/form/use-action-form";
import { alertClass } from "@/components/ui/alert";
import { toIsoDate, todayUtc } from "@/lib/dates/calendar";
import { PlacementEndReason } from "@/lib/generated/prisma/enums";
import { dischargePlacementSchema, type DischargePlacementData } from "@/lib/placements/placement.schema";
import { dischargePlacementAction } from "./actions";
import { buttonClass } from "@/components/ui/button";

type Values = { placementId: string; version: number; endDate: string; endReason: string; endNotes: string };

const REASONS = Object.values(PlacementEndReason).filter((r) => r !== "TRANSFERRED");

/** Ends the active placement; carries its version (a stale form is refused, nothing overwritten). */
export function DischargeForm({ caseId, placementId, version, startDate }: { caseId: string; placementId: string; version: number; startDate: string }) {
  const t = useTranslations("placements");
  const router = useRouter();
  const { form, submitWith, pending, problem } = useActionForm<Values, DischargePlacementData>({
    schema: dischargePlacementSchema,
    defaultValues: { placementId, version, endDate: toIsoDate(todayUtc()), endReason: "", endNotes: "" },
  });
  const {
    register,
    control,
    formState: { errors },
  } = form;
  const endReason = useWatch({ control, name: "endReason" });
  const invalid = (name: keyof Values) => (errors[name] ? { "aria-invalid": true as const, "aria-describedby": `${name}-error` } : {});

  return (
    <form
      onSubmit={submitWith(
        (values) => dischargePlacementAction(caseId, values),
        () => router.refresh(),
      )}
      noValidate
      className="space-y-4"
      aria-label={t("dischargeTitle")}
      data-testid="discharge-form"
    >
      <ProblemBox problem={problem} messages="placements" />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="endDate" label={t("endDate")} error={errors.endDate?.message}>
          <input id="endDate" type="date" min={startDate} max={toIsoDate(todayUtc())} className={inputClass} {...invalid("endDate")} {...register("endDate")} />
        </Field>
        <Field id="endReason" label={t("endReason")} error={errors.endReason?.message}>
          <select id="endReason" className={inputClass} {...invalid("endReason")} {...register("endReason")}>
            <option value="">{t("chooseReason")}</option>
            {REASONS.map((reason) => (
              <option key={reason} value={reason}>
                {t(`endReasons.${reason}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {endReason === "RAN_AWAY" && (
        <p role="note" className={alertClass("error", "p-2 text-sm")}>
          {t("runawayHint")}
        </p>
      )}
      <Field id="endNotes" label={t("endNotes")} error={errors.endNotes?.message}>
        <textarea id="endNotes" dir="auto" rows={2} className={inputClass} {...invalid("endNotes")} {...register("endNotes")} />
      </Field>
      <button type="submit" disabled={pending} className={buttonClass("primary", "lg")}>
        {pending ? t("discharging") : t("discharge")}
      </button>
    </form>
  );
}
