"use client";
// Per agenda case: "no conflict" or "conflict" with a note; a conflict recuses the member (ADR 0011).
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Field, FieldSet, inputClass } from "@/components/form/field";
import { conflictSchema, type ConflictFormValues } from "@/lib/bid/decision.schema";
import { BidProblem, problemOf, type Problem } from "../../bid/decisions/_components/problem";
import { declareConflictAction } from "./actions";

export function ConflictForm({ sessionId, agendaItemId, position, allowOnlyConflict }: { sessionId: string; agendaItemId: string; position: number; allowOnlyConflict?: boolean }) {
  const t = useTranslations("panels.session");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [problem, setProblem] = useState<Problem | null>(null);
  const form = useForm<ConflictFormValues>({
    resolver: zodResolver(conflictSchema),
    defaultValues: { hasConflict: allowOnlyConflict ? "yes" : undefined, note: "" },
  });
  const errors = form.formState.errors;
  const hasConflict = useWatch({ control: form.control, name: "hasConflict" });
  const id = `conflict-${position}`;

  const onSubmit = form.handleSubmit(
    (values) => {
      setProblem(null);
      startTransition(async () => {
        try {
          const result = await declareConflictAction(sessionId, agendaItemId, values);
          if (result.ok) {
            router.refresh();
            return;
          }
          if ("fieldErrors" in result) {
            for (const [field, message] of Object.entries(result.fieldErrors)) form.setError(field as keyof ConflictFormValues, { message });
          }
          setProblem(problemOf(result));
        } catch {
          setProblem({ message: "failed" });
        }
      });
    },
    () => setProblem({ message: "fixErrors" }),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid={`conflict-form-${position}`}>
      <BidProblem problem={problem} />
      {!allowOnlyConflict && (
        <FieldSet id={`${id}-choice`} legend={t("declareLegend")} error={errors.hasConflict?.message}>
          <label className="flex items-center gap-2">
            <input type="radio" value="no" {...form.register("hasConflict")} data-testid={`no-conflict-${position}`} />
            {t("noConflict")}
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" value="yes" {...form.register("hasConflict")} data-testid={`has-conflict-${position}`} />
            {t("hasConflict")}
          </label>
        </FieldSet>
      )}
      {(hasConflict === "yes" || allowOnlyConflict) && (
        <Field id={`${id}-note`} label={`${t("conflictNote")} *`} hint={t("conflictNoteHint")} error={errors.note?.message}>
          <textarea
            id={`${id}-note`}
            rows={2}
            dir="auto"
            className={inputClass}
            aria-invalid={errors.note ? true : undefined}
            aria-describedby={errors.note ? `${id}-note-error` : undefined}
            {...form.register("note")}
          />
        </Field>
      )}
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60" data-testid={`declare-${position}`}>
        {allowOnlyConflict ? t("declareLateConflict") : t("declare")}
      </button>
    </form>
  );
}
