"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useFieldArray, useWatch } from "react-hook-form";
import { Field, inputClass } from "@/components/form/field";
import { ProblemBox } from "@/components/form/problem-box";
import { useActionForm } from "@/components/form/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { parseIsoDate, toIsoDate, todayUtc } from "@/lib/dates/calendar";
import type { VisitCandidate } from "@/lib/foster-families/foster-family.dto";
import type { FosterVisitData, FosterVisitInput, VisitChildInput } from "@/lib/foster-families/foster-family.schema";
import { recordFosterVisitAction } from "../actions";
import { VisitChildFields } from "./visit-child-fields";

/** The candidates placed in the family on `iso` (a placement's end day is its first day away). */
function placedOn(candidates: VisitCandidate[], iso: string | undefined): VisitCandidate[] {
  const date = iso ? parseIsoDate(iso) : null;
  if (!date) return [];
  return candidates.filter((c) => new Date(c.startDate) <= date && (c.endDate === null || date < new Date(c.endDate)));
}

const blankChild = (placementId: string): VisitChildInput => ({ placementId, seen: undefined as never, seenAlone: false, wellbeing: "", schoolAttendance: undefined as never, childViews: "" });

/**
 * A monitoring visit, with a part per child placed in the family on the visit's date (the list
 * follows the date). For an approved family, a concern may suspend it in the same step.
 */
export function VisitForm({ familyId, version, canSuspend, candidates }: { familyId: string; version: number; canSuspend: boolean; candidates: VisitCandidate[] }) {
  const t = useTranslations("foster");
  const router = useRouter();
  const [savedText, setSavedText] = useState<"visitSaved" | "visitSuspended">("visitSaved");
  const today = toIsoDate(todayUtc());
  const blank = (): FosterVisitInput => ({
    date: today,
    visitors: "",
    observations: "",
    concerns: "",
    suspend: false,
    nextVisitDueAt: "",
    children: placedOn(candidates, today).map((c) => blankChild(c.placementId)),
    version,
  });
  const { form, submitWith, pending, problem, saved } = useActionForm<FosterVisitInput, FosterVisitData>({ schema: () => import("@/lib/foster-families/foster-family.schema").then((m) => m.fosterVisitSchema), defaultValues: blank() });
  const {
    register,
    reset,
    control,
    getValues,
    formState: { errors },
  } = form;
  const { fields, replace } = useFieldArray({ control, name: "children" as never, keyName: "key" });
  const date = useWatch({ control, name: "date" });

  // The children follow the visit's date; what was entered for a child still placed is kept.
  useEffect(() => {
    const placed = placedOn(candidates, typeof date === "string" ? date : undefined);
    const current = (getValues("children") ?? []) as VisitChildInput[];
    if (placed.map((c) => c.placementId).join() === current.map((c) => c.placementId).join()) return;
    replace(placed.map((c) => current.find((entry) => entry.placementId === c.placementId) ?? blankChild(c.placementId)) as never);
  }, [date, candidates, getValues, replace]);

  const invalid = (name: "date" | "nextVisitDueAt" | "visitors" | "observations" | "concerns") =>
    errors[name] ? { "aria-invalid": true as const, "aria-describedby": `${name}-error` } : {};
  const byPlacement = new Map(candidates.map((c) => [c.placementId, c]));
  const childrenError = errors.children?.message ?? errors.children?.root?.message;

  const onSubmit = submitWith(
    (values) => recordFosterVisitAction(familyId, { ...values, version }),
    (data) => {
      setSavedText(data.suspended ? "visitSuspended" : "visitSaved");
      reset(blank());
      router.refresh();
    },
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("addVisit")}>
      <ProblemBox problem={problem} messages="foster.problems" />
      {saved && <Alert tone="success">{t(savedText)}</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="date" label={t("visitDate")} error={errors.date?.message}>
          <input id="date" type="date" max={today} className={inputClass} {...invalid("date")} {...register("date")} />
        </Field>
        <Field id="nextVisitDueAt" label={t("nextVisitDueAt")} error={errors.nextVisitDueAt?.message}>
          <input id="nextVisitDueAt" type="date" className={inputClass} {...invalid("nextVisitDueAt")} {...register("nextVisitDueAt")} />
        </Field>
      </div>
      <Field id="visitors" label={t("visitors")} hint={t("visitorsHint")} error={errors.visitors?.message}>
        <input id="visitors" dir="auto" className={inputClass} {...invalid("visitors")} {...register("visitors")} />
      </Field>

      <section aria-labelledby="visit-children-title" className="space-y-3">
        <h3 id="visit-children-title" className="font-semibold">
          {t("visitChild.title")}
        </h3>
        {fields.length === 0 ? (
          <p className="text-sm text-slate-600" data-testid="visit-no-children">
            {t("visitChild.none")}
          </p>
        ) : (
          <p className="text-sm text-slate-600">{t("visitChild.intro")}</p>
        )}
        {fields.map((field, index) => {
          const placementId = (field as unknown as VisitChildInput).placementId;
          return <VisitChildFields key={field.key} index={index} form={form} candidate={byPlacement.get(placementId)} />;
        })}
        {childrenError && <ChildrenError message={childrenError} />}
      </section>

      <Field id="observations" label={t("observations")} error={errors.observations?.message}>
        <textarea id="observations" dir="auto" rows={3} className={inputClass} {...invalid("observations")} {...register("observations")} />
      </Field>
      <Field id="concerns" label={t("concerns")} error={errors.concerns?.message}>
        <textarea id="concerns" dir="auto" rows={2} className={inputClass} {...invalid("concerns")} {...register("concerns")} />
      </Field>
      {canSuspend && (
        <div>
          <label className="flex items-start gap-2 font-medium">
            <input type="checkbox" className="mt-1" {...register("suspend")} />
            <span>{t("suspend")}</span>
          </label>
          <p className="ms-6 text-xs text-slate-600">{t("suspendHint")}</p>
        </div>
      )}
      <Button type="submit" size="lg" disabled={pending}>
        {pending ? t("submitting") : t("saveVisit")}
      </Button>
    </form>
  );
}

function ChildrenError({ message }: { message: string }) {
  const t = useTranslations("errors");
  return (
    <p className="text-sm text-red-700" data-testid="error-children">
      {t.has(message) ? t(message) : t("invalid")}
    </p>
  );
}
