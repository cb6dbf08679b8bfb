"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field, inputClass } from "@/components/form/field";
import { ProblemBox } from "@/components/form/problem-box";
import { useActionForm } from "@/components/form/use-action-form";
import { alertClass } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import type { CaseAccessRequestInput } from "@/lib/cases/duplicate-search.schema";
import type { DuplicateMatch } from "@/lib/cases/search-possible-duplicates";
import { requestCaseAccessAction } from "./actions";

/** The likely existing children, or the "no likely match" empty state. */
export function DuplicateResults({
  matches,
  countryLabel,
  canRequestAccess,
}: {
  matches: DuplicateMatch[];
  countryLabel: (code: string) => string;
  canRequestAccess: boolean;
}) {
  const t = useTranslations("duplicates");
  if (matches.length === 0) {
    return (
      <p data-testid="no-match" role="status" className={alertClass("success", "p-4")}>
        {t("noMatch")}
      </p>
    );
  }
  return (
    <section aria-labelledby="duplicate-results-title" className="space-y-3">
      <h2 id="duplicate-results-title" className="text-lg font-semibold" role="status">
        {t("resultsTitle", { count: matches.length })}
      </h2>
      <p className="text-sm text-slate-600">{t("resultsHint")}</p>
      <ul className="space-y-3">
        {matches.map((match) => (
          <MatchCard key={match.caseNumber} match={match} countryLabel={countryLabel} canRequestAccess={canRequestAccess} />
        ))}
      </ul>
    </section>
  );
}

function MatchCard({
  match,
  countryLabel,
  canRequestAccess,
}: {
  match: DuplicateMatch;
  countryLabel: (code: string) => string;
  canRequestAccess: boolean;
}) {
  const t = useTranslations();
  const [requested, setRequested] = useState(match.accessRequested);
  const [asking, setAsking] = useState(false);
  return (
    <li data-testid="duplicate-match" className={cardClass("p-4")}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-lg font-semibold" dir="auto" data-testid="match-name">
          {match.displayName}
        </p>
        <span className={`rounded px-2 py-0.5 text-xs font-semibold ring-1 ${match.inScope ? "bg-brand-50 text-brand-800 ring-brand-100" : "bg-slate-100 text-slate-700 ring-slate-300"}`}>
          {match.inScope ? t("duplicates.inScope") : t("duplicates.outOfScope")}
        </span>
      </div>
      <dl className="mt-2 grid grid-cols-2 gap-x-6 gap-y-2 text-sm sm:grid-cols-5">
        <Detail label={t("duplicates.caseNumber")}>
          <span data-testid="match-case-number" dir="ltr">
            {match.caseNumber}
          </span>
        </Detail>
        <Detail label={t("duplicates.centre")}>{match.centreName}</Detail>
        <Detail label={t("duplicates.sex")}>{t(`sex.${match.sex}`)}</Detail>
        <Detail label={t("duplicates.yearOfBirth")}>{match.yearOfBirth}</Detail>
        <Detail label={t("duplicates.nationality")}>{countryLabel(match.nationality)}</Detail>
      </dl>
      <div className="mt-3">
        {match.inScope && match.id ? (
          <Link href={`/cases/${match.id}`} className="font-semibold text-brand-700 underline hover:text-brand-800">
            {t("duplicates.openCase")}
          </Link>
        ) : requested ? (
          <p role="status" className="text-sm">
            <span className="font-semibold text-green-800">{t("duplicates.accessRequested")}</span>{" "}
            <span className="text-slate-600">{t("duplicates.accessRequestedHint")}</span>
          </p>
        ) : !canRequestAccess ? (
          <p className="text-sm text-slate-600">{t("duplicates.contactCentre", { centre: match.centreName })}</p>
        ) : asking ? (
          <AccessRequestForm caseNumber={match.caseNumber} onDone={() => setRequested(true)} onCancel={() => setAsking(false)} />
        ) : (
          <button
            type="button"
            onClick={() => setAsking(true)}
            className={buttonClass("secondary", "md")}
          >
            {t("duplicates.requestAccess")}
          </button>
        )}
      </div>
    </li>
  );
}

function Detail({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-semibold uppercase text-slate-500">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function AccessRequestForm({ caseNumber, onDone, onCancel }: { caseNumber: string; onDone: () => void; onCancel: () => void }) {
  const t = useTranslations("duplicates");
  const router = useRouter();
  const { form, submitWith, pending, problem } = useActionForm<CaseAccessRequestInput>({
    schema: () => import("@/lib/cases/duplicate-search.schema").then((m) => m.caseAccessRequestSchema),
    defaultValues: { caseNumber, reason: "" },
  });
  const {
    register,
    formState: { errors },
  } = form;
  const id = `reason-${caseNumber}`;

  const onSubmit = submitWith(
    (values) => requestCaseAccessAction(values),
    // Access granted in the meantime: the case simply opens.
    (data) => (data.status === "inScope" ? router.push(`/cases/${data.caseId}`) : onDone()),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2" data-testid="access-request-form">
      <ProblemBox
        problem={problem}
        messages="duplicates"
        texts={{ notFound: "duplicates.caseGone", failed: "duplicates.requestFailed", invalidState: "duplicates.requestFailed" }}
        className="p-2"
      />
      <Field id={id} label={t("requestReason")} hint={t("requestReasonHint")} error={errors.reason?.message}>
        <textarea
          id={id}
          dir="auto"
          rows={3}
          className={inputClass}
          {...(errors.reason ? { "aria-invalid": true, "aria-describedby": `${id}-error` } : {})}
          {...register("reason")}
        />
      </Field>
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={pending} className={buttonClass()}>
          {pending ? t("sending") : t("sendRequest")}
        </button>
        <button type="button" onClick={onCancel} className="rounded border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-100">
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
