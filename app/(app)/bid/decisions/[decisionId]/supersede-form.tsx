"use client";
// A later change to a signed decision: a new decision (review or reopening) with a reason.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Field, FieldSet, inputClass } from "@/components/form/field";
import { supersedeSchema } from "@/lib/bid/decision.schema";
import { BidProblem, problemOf, type Problem } from "../_components/problem";
import { supersedeDecisionAction } from "./actions";

type Values = z.input<typeof supersedeSchema>;

export function SupersedeForm({ decisionId, sessionId }: { decisionId: string; sessionId: string }) {
  const t = useTranslations("bid.decision");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [problem, setProblem] = useState<Problem | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(supersedeSchema), defaultValues: { reason: "" } });
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit(
    (values) => {
      setProblem(null);
      startTransition(async () => {
        try {
          const result = await supersedeDecisionAction(decisionId, values);
          if (result.ok) {
            router.push(`/bid/sessions/${sessionId}/hold`);
            return;
          }
          if ("fieldErrors" in result) for (const [f, m] of Object.entries(result.fieldErrors)) form.setError(f as keyof Values, { message: m });
          setProblem(problemOf(result));
        } catch {
          setProblem({ message: "failed" });
        }
      });
    },
    () => setProblem({ message: "fixErrors" }),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 print:hidden" data-testid="supersede-form">
      <h2 className="text-lg font-semibold">{t("supersedeTitle")}</h2>
      <p className="text-sm text-slate-600">{t("supersedeIntro")}</p>
      <BidProblem problem={problem} />
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
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60" data-testid="supersede-submit">
        {t("supersede")}
      </button>
    </form>
  );
}
