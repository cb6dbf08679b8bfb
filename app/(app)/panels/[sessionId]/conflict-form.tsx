"use client";
// Per agenda case: "no conflict" or "conflict" with a note; a conflict recuses the member (ADR 0011).
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { Field, FieldSet, inputClass } from "@/components/form/field";
import { ProblemBox } from "@/components/form/problem-box";
import { useActionForm } from "@/components/form/use-action-form";
import { Button } from "@/components/ui/button";
import type { ConflictFormValues } from "@/lib/bid/decision.schema";
import { declareConflictAction } from "./actions";

export function ConflictForm({ sessionId, agendaItemId, position, allowOnlyConflict }: { sessionId: string; agendaItemId: string; position: number; allowOnlyConflict?: boolean }) {
  const t = useTranslations("panels.session");
  const router = useRouter();
  const { form, submitWith, pending, problem } = useActionForm<ConflictFormValues>({
    schema: () => import("@/lib/bid/decision.schema").then((m) => m.conflictSchema),
    defaultValues: { hasConflict: allowOnlyConflict ? "yes" : undefined, note: "" },
  });
  const errors = form.formState.errors;
  const hasConflict = useWatch({ control: form.control, name: "hasConflict" });
  const id = `conflict-${position}`;

  const onSubmit = submitWith(
    (_values, parsed) => declareConflictAction(sessionId, agendaItemId, parsed),
    () => router.refresh(),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid={`conflict-form-${position}`}>
      <ProblemBox problem={problem} messages="bid.decision.errors" />
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
      <Button type="submit" disabled={pending} data-testid={`declare-${position}`}>
        {allowOnlyConflict ? t("declareLateConflict") : t("declare")}
      </Button>
    </form>
  );
}
