"use client";
// A later change to a signed decision: a new decision (review or reopening) with a reason.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { Field, FieldSet, inputClass } from "@/components/form/field";
import { ProblemBox } from "@/components/form/problem-box";
import { useActionForm } from "@/components/form/use-action-form";
import { buttonClass } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import type { supersedeSchema } from "@/lib/bid/decision.schema";
import { supersedeDecisionAction } from "./actions";

type Values = z.input<typeof supersedeSchema>;

export function SupersedeForm({ decisionId, sessionId }: { decisionId: string; sessionId: string }) {
  const t = useTranslations("bid.decision");
  const router = useRouter();
  const { form, submitWith, pending, problem } = useActionForm<Values, z.output<typeof supersedeSchema>>({ schema: () => import("@/lib/bid/decision.schema").then((m) => m.supersedeSchema), defaultValues: { reason: "" } });
  const errors = form.formState.errors;
  const onSubmit = submitWith(
    (_values, parsed) => supersedeDecisionAction(decisionId, parsed),
    () => router.push(`/bid/sessions/${sessionId}/hold`),
  );
  return (
    <form onSubmit={onSubmit} noValidate className={cardClass("space-y-3 p-4 print:hidden")} data-testid="supersede-form">
      <h2 className="text-lg font-semibold">{t("supersedeTitle")}</h2>
      <p className="text-sm text-slate-600">{t("supersedeIntro")}</p>
      <ProblemBox problem={problem} messages="bid.decision.errors" />
      <FieldSet id="supersedeKind" legend={`${t("kind")} *`} error={errors.kind?.message}>
        {(["REVIEW", "REOPENING"] as const).map((k) => (
          <label key={k} className="flex items-center gap-2">
            <input type="radio" value={k} {...form.register("kind")} />
            {t(`kinds.${k}`)}
          </label>
        ))}
      </FieldSet>
      <Field id="supersedeReason" label={`${t("supersedeReason")} *`} error={errors.reason?.message}>
        <textarea id="supersedeReason" rows={3} dir="auto" className={inputClass} aria-invalid={errors.reason ? true : undefined} {...form.register("reason")} />
      </Field>
      <button type="submit" disabled={pending} className={buttonClass()} data-testid="supersede-submit">
        {t("supersede")}
      </button>
    </form>
  );
}
