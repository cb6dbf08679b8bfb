"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { Field, inputClass } from "@/components/form/field";
import { ProblemBox } from "@/components/form/problem-box";
import { useActionForm } from "@/components/form/use-action-form";
import { alertClass } from "@/components/ui/alert";
import { toIsoDate, todayUtc } from "@/lib/dates/calendar";
import type { AdmitPlacementData } from "@/lib/placements/placement.schema";
import { PLACEMENT_TYPES } from "@/lib/placements/placement.constants";
import { admitPlacementAction } from "./actions";
import { buttonClass } from "@/components/ui/button";

type Values = {
  type: string;
  startDate: string;
  notes: string;
  capacityOverrideReason: string;
  fosterFamilyId: string;
  caregiverName: string;
  caregiverRelationship: string;
  placeName: string;
  address: string;
  contactPhone: string;
};
type FieldName = keyof Values;

const empty = (type: string): Values => ({
  type,
  startDate: toIsoDate(todayUtc()),
  notes: "",
  capacityOverrideReason: "",
  fosterFamilyId: "",
  caregiverName: "",
  caregiverRelationship: "",
  placeName: "",
  address: "",
  contactPhone: "",
});

export type AdmitFormProps = {
  caseId: string;
  centre: { name: string; capacity: number; occupied: number };
  canOverride: boolean;
  onlyFosterFamily: boolean;
  families: { id: string; householdName: string; location: string; capacity: number; occupied: number }[];
  arrivalDate: string;
};

/** One form for every placement type: the type selector shows that type's fields. */
export function AdmitForm({ caseId, centre, canOverride, onlyFosterFamily, families, arrivalDate }: AdmitFormProps) {
  const t = useTranslations("placements");
  const router = useRouter();
  const types = onlyFosterFamily ? (["FOSTER_FAMILY"] as const) : PLACEMENT_TYPES;
  const { form, submitWith, pending, problem, } = useActionForm<Values, AdmitPlacementData>({
    schema: () => import("@/lib/placements/placement.schema").then((m) => m.admitPlacementSchema),
    defaultValues: empty(onlyFosterFamily ? "FOSTER_FAMILY" : ""),
  });
  const {
    register,
    control,
    formState: { errors },
  } = form;
  const type = useWatch({ control, name: "type" });
  const full = centre.occupied >= centre.capacity;
  const invalid = (name: FieldName) => (errors[name] ? { "aria-invalid": true as const, "aria-describedby": `${name}-error` } : {});
  const text = (name: FieldName, label: string, extra: { dir?: "auto"; type?: string } = {}) => (
    <Field id={name} label={label} error={errors[name]?.message}>
      <input id={name} type={extra.type ?? "text"} dir={extra.dir} className={inputClass} {...invalid(name)} {...register(name)} />
    </Field>
  );

  return (
    <form
      onSubmit={submitWith(
        (values) => admitPlacementAction(caseId, values),
        () => router.replace(`/cases/${caseId}/placements?done=admitted`),
      )}
      noValidate
      className="space-y-4"
      aria-label={t("newTitle")}
      data-testid="admit-form"
    >
      <ProblemBox problem={problem} messages="placements" />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="type" label={t("type")} error={errors.type?.message}>
          <select id="type" className={inputClass} {...invalid("type")} {...register("type")}>
            {!onlyFosterFamily && <option value="">{t("chooseType")}</option>}
            {types.map((value) => (
              <option key={value} value={value}>
                {t(`types.${value}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="startDate" label={t("startDate")} error={errors.startDate?.message}>
          <input id="startDate" type="date" min={arrivalDate} max={toIsoDate(todayUtc())} className={inputClass} {...invalid("startDate")} {...register("startDate")} />
        </Field>
      </div>

      {type === "CPISE_RESIDENTIAL" && (
        <div className="space-y-3 rounded border border-slate-200 bg-slate-50 p-3" data-testid="residential-fields">
          <p className="text-sm">
            <span className="font-medium">{centre.name}</span> ·{" "}
            <span data-testid="centre-occupancy">{t("occupancy", { occupied: centre.occupied, capacity: centre.capacity })}</span>
          </p>
          {full && (
            <p role="note" className={alertClass("warning", "p-2 text-sm")} data-testid="centre-full">
              {t("centreFullWarning")}
            </p>
          )}
          {/* Only a full centre needs a reason; a bed taken meanwhile comes back as this field's error. */}
          {canOverride && (full || errors.capacityOverrideReason) && (
            <Field id="capacityOverrideReason" label={t("overrideReason")} hint={t("overrideHint")} error={errors.capacityOverrideReason?.message}>
              <textarea id="capacityOverrideReason" dir="auto" rows={2} className={inputClass} {...invalid("capacityOverrideReason")} {...register("capacityOverrideReason")} />
            </Field>
          )}
        </div>
      )}
      {type === "FOSTER_FAMILY" &&
        (families.length === 0 ? (
          <p className="rounded border border-dashed border-slate-300 p-3 text-sm text-slate-600">{t("noFamilies")}</p>
        ) : (
          <Field id="fosterFamilyId" label={t("fosterFamily")} error={errors.fosterFamilyId?.message}>
            <select id="fosterFamilyId" className={inputClass} {...invalid("fosterFamilyId")} {...register("fosterFamilyId")}>
              <option value="">{t("chooseFamily")}</option>
              {families.map((f) => (
                <option key={f.id} value={f.id}>
                  {t("familyOption", { name: f.householdName, location: f.location, occupied: f.occupied, capacity: f.capacity })}
                </option>
              ))}
            </select>
          </Field>
        ))}
      {type === "KINSHIP_CARE" && (
        <div className="grid gap-4 sm:grid-cols-2">
          {text("caregiverName", t("caregiverName"), { dir: "auto" })}
          {text("caregiverRelationship", t("caregiverRelationship"), { dir: "auto" })}
          {text("address", t("address"), { dir: "auto" })}
          {text("contactPhone", t("contactPhone"), { type: "tel" })}
        </div>
      )}
      {type === "SUPERVISED_INDEPENDENT_LIVING" && (
        <div className="grid gap-4 sm:grid-cols-2">
          {text("placeName", t("placeName"), { dir: "auto" })}
          {text("address", t("address"), { dir: "auto" })}
          {text("contactPhone", t("contactPhoneOptional"), { type: "tel" })}
        </div>
      )}
      {type === "OTHER_SHELTER" && (
        <div className="grid gap-4 sm:grid-cols-2">
          {text("placeName", t("placeName"), { dir: "auto" })}
          {text("address", t("address"), { dir: "auto" })}
        </div>
      )}

      <Field id="notes" label={t("notes")} error={errors.notes?.message}>
        <textarea id="notes" dir="auto" rows={2} className={inputClass} {...invalid("notes")} {...register("notes")} />
      </Field>
      <button type="submit" disabled={pending} className={buttonClass("primary", "lg")}>
        {pending ? t("admitting") : t("admit")}
      </button>
    </form>
  );
}
