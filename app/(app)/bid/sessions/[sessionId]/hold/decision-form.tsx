"use client";
// The panel's decision for one agenda case, recorded by the coordinator during the session
// (docs/domain.md, "Best interests"): options (each with pros and cons), the child's views, outcome, reasons,
// conditions, implementation plan, review date, and each eligible member's vote with dissent.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useFieldArray } from "react-hook-form";
import { Field, inputClass } from "@/components/form/field";
import { ProblemBox } from "@/components/form/problem-box";
import { useActionForm } from "@/components/form/use-action-form";
import { alertClass } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import type { DecisionFormValues } from "@/lib/bid/decision.schema";
import { BidOutcome, BidVoteChoice } from "@/lib/generated/prisma/enums";
import { saveDecisionAction } from "./actions";

type Voter = { panelMemberId: string; name: string; organisationName: string };

export function DecisionForm({
  sessionId,
  agendaItemId,
  position,
  decisionVersion,
  defaults,
  voters,
  organisations,
}: {
  sessionId: string;
  agendaItemId: string;
  position: number;
  decisionVersion: number;
  defaults: DecisionFormValues;
  voters: Voter[];
  organisations: { id: string; name: string }[];
}) {
  const t = useTranslations("bid.decision");
  const router = useRouter();
  const { form, submitWith, pending, problem, saved } = useActionForm<DecisionFormValues>({ schema: () => import("@/lib/bid/decision.schema").then((m) => m.decisionFormSchema), defaultValues: defaults });
  const options = useFieldArray({ control: form.control, name: "options" });
  const errors = form.formState.errors;
  const p = `d${position}`;
  const aria = (id: string, error: unknown) => (error ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : {});

  const onSubmit = submitWith(
    (values) => saveDecisionAction(sessionId, agendaItemId, { ...values, decisionVersion }),
    () => router.refresh(),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" data-testid={`decision-form-${position}`}>
      <ProblemBox problem={problem} messages="bid.decision.errors" />
      {saved && (
        <p role="status" className={alertClass("success", "p-2 text-sm")} data-testid={`decision-saved-${position}`}>
          {t("saved")}
        </p>
      )}

      <fieldset className="space-y-3">
        <legend className="font-semibold">{t("optionsConsidered")}</legend>
        {options.fields.map((field, i) => (
          <div key={field.id} className="space-y-2 rounded border border-slate-200 p-3" data-testid={`option-${position}-${i}`}>
            <Field id={`${p}-option-${i}`} label={`${t("option", { n: i + 1 })} *`} error={errors.options?.[i]?.option?.message}>
              <input id={`${p}-option-${i}`} dir="auto" className={inputClass} {...aria(`${p}-option-${i}`, errors.options?.[i]?.option)} {...form.register(`options.${i}.option`)} />
            </Field>
            <div className="grid gap-2 sm:grid-cols-2">
              <Field id={`${p}-pros-${i}`} label={t("pros")} error={errors.options?.[i]?.pros?.message}>
                <textarea id={`${p}-pros-${i}`} rows={2} dir="auto" className={inputClass} {...form.register(`options.${i}.pros`)} />
              </Field>
              <Field id={`${p}-cons-${i}`} label={t("cons")} error={errors.options?.[i]?.cons?.message}>
                <textarea id={`${p}-cons-${i}`} rows={2} dir="auto" className={inputClass} {...form.register(`options.${i}.cons`)} />
              </Field>
            </div>
            <button type="button" onClick={() => options.remove(i)} className="text-sm text-red-700 underline">
              {t("removeOption")}
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() => options.append({ option: "", pros: "", cons: "" })}
          className={buttonClass("neutral", "sm")}
          data-testid={`add-option-${position}`}
        >
          {t("addOption")}
        </button>
      </fieldset>

      <Field id={`${p}-childViews`} label={t("childViewsHeard")} hint={t("childViewsHint")} error={errors.childViewsHeard?.message}>
        <textarea id={`${p}-childViews`} rows={3} dir="auto" className={inputClass} {...form.register("childViewsHeard")} />
      </Field>
      <Field id={`${p}-outcome`} label={t("outcome")} error={errors.outcome?.message}>
        <select id={`${p}-outcome`} className={inputClass} {...aria(`${p}-outcome`, errors.outcome)} {...form.register("outcome")}>
          <option value="">{t("chooseOutcome")}</option>
          {Object.values(BidOutcome).map((o) => (
            <option key={o} value={o}>
              {t(`outcomes.${o}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${p}-reasons`} label={t("reasons")} error={errors.reasons?.message}>
        <textarea id={`${p}-reasons`} rows={3} dir="auto" className={inputClass} {...form.register("reasons")} />
      </Field>
      <Field id={`${p}-conditions`} label={t("conditions")} error={errors.conditions?.message}>
        <textarea id={`${p}-conditions`} rows={2} dir="auto" className={inputClass} {...form.register("conditions")} />
      </Field>

      <fieldset className="space-y-3">
        <legend className="font-semibold">{t("implementation")}</legend>
        <Field id={`${p}-plan`} label={t("implementationPlan")} error={errors.implementationPlan?.message}>
          <textarea id={`${p}-plan`} rows={3} dir="auto" className={inputClass} {...form.register("implementationPlan")} />
        </Field>
        <div className="grid gap-3 sm:grid-cols-3">
          <Field id={`${p}-org`} label={t("implementationOrg")} error={errors.implementationOrgId?.message}>
            <select id={`${p}-org`} className={inputClass} {...aria(`${p}-org`, errors.implementationOrgId)} {...form.register("implementationOrgId")}>
              <option value="">{t("chooseOrganisation")}</option>
              {organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </Field>
          <Field id={`${p}-deadline`} label={t("implementationDeadline")} error={errors.implementationDeadline?.message}>
            <input id={`${p}-deadline`} type="date" className={inputClass} {...aria(`${p}-deadline`, errors.implementationDeadline)} {...form.register("implementationDeadline")} />
          </Field>
          <Field id={`${p}-review`} label={t("reviewDate")} error={errors.reviewDate?.message}>
            <input id={`${p}-review`} type="date" className={inputClass} {...aria(`${p}-review`, errors.reviewDate)} {...form.register("reviewDate")} />
          </Field>
        </div>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="font-semibold">{t("votes")}</legend>
        <p className="text-sm text-slate-600">{t("votesIntro")}</p>
        {voters.map((voter, i) => (
          <div key={voter.panelMemberId} className="grid gap-2 rounded border border-slate-200 p-3 sm:grid-cols-3" data-testid={`vote-${position}-${voter.name}`}>
            <input type="hidden" {...form.register(`votes.${i}.panelMemberId`)} />
            <Field id={`${p}-vote-${i}`} label={`${voter.name} (${voter.organisationName})`} error={errors.votes?.[i]?.choice?.message}>
              <select id={`${p}-vote-${i}`} className={inputClass} {...form.register(`votes.${i}.choice`)} data-testid={`vote-choice-${position}-${i}`}>
                <option value="">{t("noVote")}</option>
                {Object.values(BidVoteChoice).map((c) => (
                  <option key={c} value={c}>
                    {t(`choices.${c}`)}
                  </option>
                ))}
              </select>
            </Field>
            <div className="sm:col-span-2">
              <Field id={`${p}-dissent-${i}`} label={t("dissent")} error={errors.votes?.[i]?.dissentingOpinion?.message}>
                <textarea id={`${p}-dissent-${i}`} rows={2} dir="auto" className={inputClass} {...form.register(`votes.${i}.dissentingOpinion`)} />
              </Field>
            </div>
          </div>
        ))}
      </fieldset>

      <button type="submit" disabled={pending} className={buttonClass("primary", "lg")} data-testid={`save-decision-${position}`}>
        {t("save")}
      </button>
    </form>
  );
}
