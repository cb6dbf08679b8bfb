"use client";
import { useTranslations } from "next-intl";
import { ProblemBox } from "@/components/form/problem-box";
import { useActionForm } from "@/components/form/use-action-form";
import { Field, FieldSet, inputClass } from "@/components/form/field";
import { Button } from "@/components/ui/button";
import type { CallOffSessionInput } from "@/lib/bid/bid-session.schema";
import { callOffSessionAction } from "./actions";

/** Cancel or postpone (reason; optionally a new date): the agenda's cases go back to the queue. */
export function CallOffForm({ sessionId, version }: { sessionId: string; version: number }) {
  const t = useTranslations("bid.sessions");
  const { form, submitWith, pending, problem } = useActionForm<CallOffSessionInput>({
    schema: () => import("@/lib/bid/bid-session.schema").then((m) => m.callOffSessionSchema),
    defaultValues: { mode: "cancel", reason: "", newDate: "", version },
  });
  const onSubmit = submitWith((values) => callOffSessionAction(sessionId, values));
  const errors = form.formState.errors;
  const mode = form.watch("mode");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid="call-off-form">
      <ProblemBox problem={problem} messages="bid.errors" />
      <input type="hidden" {...form.register("version")} />
      <FieldSet id="mode" legend={t("callOffMode")} error={errors.mode?.message}>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" value="cancel" {...form.register("mode")} /> {t("cancel")}
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" value="postpone" {...form.register("mode")} /> {t("postpone")}
        </label>
      </FieldSet>
      <Field id="callOffReason" label={t("callOffReason")} error={errors.reason?.message}>
        <textarea id="callOffReason" rows={2} className={inputClass} aria-invalid={errors.reason ? true : undefined} {...form.register("reason")} />
      </Field>
      {mode === "postpone" && (
        <Field id="newDate" label={t("newDate")} hint={t("newDateHint")} error={errors.newDate?.message}>
          <input id="newDate" type="datetime-local" className={inputClass} {...form.register("newDate")} />
        </Field>
      )}
      <Button type="submit" variant="confirmDanger" size="lg" disabled={pending}>
        {pending ? t("saving") : mode === "postpone" ? t("confirmPostpone") : t("confirmCancel")}
      </Button>
    </form>
  );
}
