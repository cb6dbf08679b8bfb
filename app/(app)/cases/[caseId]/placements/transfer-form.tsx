"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { Field, inputClass } from "@/components/form/field";
import { ProblemBox } from "@/components/form/problem-box";
import { useActionForm } from "@/components/form/use-action-form";
import { alertClass } from "@/components/ui/alert";
import { toIsoDate, todayUtc } from "@/lib/dates/calendar";
import type { TransferPlacementData } from "@/lib/placements/placement.schema";
import { transferPlacementAction } from "./actions";
import { buttonClass } from "@/components/ui/button";

type Values = { placementId: string; version: number; toCentreId: string; date: string; notes: string; capacityOverrideReason: string };

/**
 * Transfers the child to another centre (supervisor of the sending centre). The case leaves the
 * sender's caseload, so on success the supervisor goes back to the caseload.
 */
export function TransferForm({
  caseId,
  placementId,
  version,
  startDate,
  centres,
}: {
  caseId: string;
  placementId: string;
  version: number;
  startDate: string;
  centres: { id: string; name: string; capacity: number; occupied: number }[];
}) {
  const t = useTranslations("placements");
  const router = useRouter();
  const { form, submitWith, pending, problem, saved: done } = useActionForm<Values, TransferPlacementData>({
    schema: () => import("@/lib/placements/placement.schema").then((m) => m.transferPlacementSchema),
    defaultValues: { placementId, version, toCentreId: "", date: toIsoDate(todayUtc()), notes: "", capacityOverrideReason: "" },
  });
  const {
    register,
    control,
    formState: { errors },
  } = form;
  const invalid = (name: keyof Values) => (errors[name] ? { "aria-invalid": true as const, "aria-describedby": `${name}-error` } : {});
  const toCentreId = useWatch({ control, name: "toCentreId" });
  const chosen = centres.find((c) => c.id === toCentreId);

  return (
    <form
      onSubmit={submitWith(
        (values) => transferPlacementAction(caseId, values),
        () => router.push("/cases"),
      )}
      noValidate
      className="space-y-4"
      aria-label={t("transferTitle")}
      data-testid="transfer-form"
    >
      <p className="text-sm text-slate-600">{t("transferHint")}</p>
      <ProblemBox problem={problem} messages="placements" />
      {done && (
        <p role="status" className={alertClass("success", "p-3 text-sm")}>
          {t("transferred")}
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="toCentreId" label={t("toCentre")} error={errors.toCentreId?.message}>
          <select id="toCentreId" className={inputClass} {...invalid("toCentreId")} {...register("toCentreId")}>
            <option value="">{t("chooseCentre")}</option>
            {centres.map((c) => (
              <option key={c.id} value={c.id}>
                {t("centreOption", { name: c.name, occupied: c.occupied, capacity: c.capacity })}
              </option>
            ))}
          </select>
        </Field>
        <Field id="date" label={t("transferDate")} error={errors.date?.message}>
          <input id="date" type="date" min={startDate} max={toIsoDate(todayUtc())} className={inputClass} {...invalid("date")} {...register("date")} />
        </Field>
      </div>
      {chosen && chosen.occupied >= chosen.capacity && (
        <p role="note" className={alertClass("warning", "p-2 text-sm")}>
          {t("centreFullWarning")}
        </p>
      )}
      {/* Only a full receiving centre needs a reason; a bed taken meanwhile comes back as this field's error. */}
      {((chosen && chosen.occupied >= chosen.capacity) || errors.capacityOverrideReason) && (
        <Field id="transferOverride" label={t("overrideReason")} hint={t("overrideHint")} error={errors.capacityOverrideReason?.message}>
          <textarea
            id="transferOverride"
            dir="auto"
            rows={2}
            className={inputClass}
            {...(errors.capacityOverrideReason ? { "aria-invalid": true as const } : {})}
            {...register("capacityOverrideReason")}
          />
        </Field>
      )}
      <Field id="transferNotes" label={t("notes")} error={errors.notes?.message}>
        <textarea id="transferNotes" dir="auto" rows={2} className={inputClass} {...register("notes")} />
      </Field>
      <button type="submit" disabled={pending} className={buttonClass("primary", "lg")}>
        {pending ? t("transferring") : t("transfer")}
      </button>
    </form>
  );
}
