"use client";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { Field, inputClass } from "@/components/form/field";
import { ProblemBox } from "@/components/form/problem-box";
import { useActionForm } from "@/components/form/use-action-form";
import { Alert, alertClass } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { toIsoDate, todayUtc } from "@/lib/dates/calendar";
import { PlacementEndReason } from "@/lib/generated/prisma/enums";
import type { DischargePlacementData } from "@/lib/placements/placement.schema";
import { dischargePlacementAction } from "./actions";

type Values = { placementId: string; version: number; endDate: string; endReason: string; endNotes: string };

const REASONS = Object.values(PlacementEndReason).filter((r) => r !== "TRANSFERRED");

/**
 * Ends the active placement; carries its version (a stale form is refused, nothing overwritten).
 * Ending a placement cannot be undone, so the form stays closed until asked for and a valid form
 * is confirmed in a second step before anything is sent. On success the page is reloaded with
 * `?done=discharged`, which shows the outcome (and, after a reunification, the next step).
 */
export function DischargeForm({ caseId, placementId, version, startDate }: { caseId: string; placementId: string; version: number; startDate: string }) {
  const t = useTranslations("placements");
  const format = useFormatter();
  const router = useRouter();
  const [step, setStep] = useState<"closed" | "form" | "confirm">("closed");
  const { form, submitWith, pending, problem, setProblem } = useActionForm<Values, DischargePlacementData>({
    schema: () => import("@/lib/placements/placement.schema").then((m) => m.dischargePlacementSchema),
    defaultValues: { placementId, version, endDate: toIsoDate(todayUtc()), endReason: "", endNotes: "" },
  });
  const {
    register,
    control,
    formState: { errors },
  } = form;
  const [endReason, endDate] = useWatch({ control, name: ["endReason", "endDate"] });
  const confirming = step === "confirm";
  const invalid = (name: keyof Values) => (errors[name] ? { "aria-invalid": true as const, "aria-describedby": `${name}-error` } : {});

  if (step === "closed") {
    return (
      <Button variant="danger" onClick={() => setStep("form")} data-testid="discharge-open">
        {t("dischargeOpen")}
      </Button>
    );
  }

  const toConfirm = form.handleSubmit(
    () => {
      setProblem(null);
      setStep("confirm");
    },
    () => setProblem({ kind: "fixErrors" }),
  );
  const send = submitWith(
    async (values) => {
      const result = await dischargePlacementAction(caseId, values);
      // A refusal brings the fields back into view, with its message beside them.
      if (!result.ok) setStep("form");
      return result;
    },
    () => router.replace(`/cases/${caseId}/placements?done=discharged`),
  );

  return (
    <form onSubmit={confirming ? send : toConfirm} noValidate className="space-y-4" aria-label={t("dischargeTitle")} data-testid="discharge-form">
      <ProblemBox problem={problem} messages="placements" />
      {!confirming ? (
        <>
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
          <div className="flex flex-wrap gap-3">
            <Button type="submit" variant="danger" size="lg">
              {t("discharge")}
            </Button>
            <Button
              variant="neutral"
              size="lg"
              onClick={() => {
                form.reset();
                setProblem(null);
                setStep("closed");
              }}
            >
              {t("dischargeCancel")}
            </Button>
          </div>
        </>
      ) : (
        <Alert tone="warning" role="group" testId="discharge-confirm" className="space-y-3 p-4 text-sm">
          <p className="font-semibold">{t("confirmTitle")}</p>
          <p>
            {t("confirmText", {
              date: format.dateTime(new Date(`${endDate}T00:00:00Z`), "date"),
              reason: endReason ? t(`endReasons.${endReason as PlacementEndReason}`) : "",
            })}
          </p>
          {endReason === "RAN_AWAY" && <p>{t("runawayHint")}</p>}
          <div className="flex flex-wrap gap-3">
            <Button type="submit" variant="danger" size="lg" disabled={pending}>
              {pending ? t("discharging") : t("confirmDischarge")}
            </Button>
            <Button variant="neutral" size="lg" disabled={pending} onClick={() => setStep("form")}>
              {t("confirmBack")}
            </Button>
          </div>
        </Alert>
      )}
    </form>
  );
}
