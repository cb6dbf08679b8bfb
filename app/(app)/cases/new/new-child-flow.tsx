"use client";
import { useTranslations } from "next-intl";
import { useCallback, useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { Field, inputClass } from "@/components/form/field";
import { useSchemaResolver } from "@/components/form/use-action-form";
import { alertClass } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import type { RegisterChildInput } from "@/lib/cases/case.schema";
import type { DuplicateSearchInput, NewChildReasonInput } from "@/lib/cases/duplicate-search.schema";
import type { DuplicateMatch } from "@/lib/cases/search-possible-duplicates";
import { DuplicateResults } from "./duplicate-results";
import { DuplicateSearchForm, type Option } from "./duplicate-search-form";
import { RegisterForm } from "./register-form";

/** A search and its matches; `stale` once a field changed after it (its results are hidden). */
type Search = { input: DuplicateSearchInput; matches: DuplicateMatch[]; stale: boolean };

/** What was typed in the search, carried into the registration form. */
function registrationDefaults(input: DuplicateSearchInput): Partial<RegisterChildInput> {
  return {
    firstName: input.firstName,
    lastName: input.lastName,
    otherNames: input.otherNames,
    sex: input.sex || undefined,
    dobKnown: input.dobKnown === "estimated" ? "estimated" : "exact",
    dateOfBirth: input.dobKnown === "exact" ? input.dateOfBirth : undefined,
    estimatedAge: input.dobKnown === "estimated" ? input.estimatedAge : undefined,
    nationality: input.nationality ?? "",
  };
}

/**
 * Registration in two steps. 1: search for the child among all known children; open an
 * existing case, ask for access, or go on with "this is a new child" — with a reason when the
 * search showed matches. 2: the registration form, pre-filled with what was searched.
 */
export function NewChildFlow({
  frequentCountries,
  otherCountries,
  centres,
  canRequestAccess,
}: {
  frequentCountries: Option[];
  otherCountries: Option[];
  centres: Option[];
  canRequestAccess: boolean;
}) {
  const t = useTranslations("duplicates");
  const [search, setSearch] = useState<Search | null>(null);
  const [registering, setRegistering] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const countryLabel = useMemo(() => {
    const labels = new Map([...frequentCountries, ...otherCountries].map((c) => [c.value, c.label]));
    return (code: string) => labels.get(code) ?? code;
  }, [frequentCountries, otherCountries]);
  // Matches for other names must not stay on screen next to the new ones typed, nor let the
  // worker go on with "new child" on a search she has since changed.
  const onEdited = useCallback(() => setSearch((current) => (current && !current.stale ? { ...current, stale: true } : current)), []);

  if (search && registering) {
    return (
      <div className="space-y-4">
        <div className={cardClass("flex flex-wrap items-center justify-between gap-3 p-4")}>
          <p className="text-sm" data-testid="search-summary">
            {t("searchDone", { count: search.matches.length })}
          </p>
          <button
            type="button"
            onClick={() => setRegistering(false)}
            className="rounded border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100"
          >
            {t("editSearch")}
          </button>
        </div>
        <h2 className="text-lg font-semibold">{t("stepRegister")}</h2>
        <p className="text-sm text-slate-600">{t("registerIntro")}</p>
        <RegisterForm
          frequentCountries={frequentCountries}
          otherCountries={otherCountries}
          centres={centres}
          initialValues={registrationDefaults(search.input)}
          duplicateCheckNote={search.matches.length > 0 ? note : null}
        />
      </div>
    );
  }

  return (
    <div className="space-y-6">
      <DuplicateSearchForm
        frequentCountries={frequentCountries}
        otherCountries={otherCountries}
        defaultValues={search?.input ?? null}
        onResults={(input, matches) => setSearch({ input, matches, stale: false })}
        onEdited={onEdited}
      />
      {search?.stale && (
        <p role="status" className="rounded border border-sky-200 bg-sky-50 p-3 text-sm text-sky-900" data-testid="search-stale">
          {t("searchChanged")}
        </p>
      )}
      {search && !search.stale && (
        <>
          <DuplicateResults matches={search.matches} countryLabel={countryLabel} canRequestAccess={canRequestAccess} />
          <NewChildDecision
            hadMatches={search.matches.length > 0}
            defaultNote={note ?? ""}
            onContinue={(reason) => {
              setNote(reason);
              setRegistering(true);
            }}
          />
        </>
      )}
    </div>
  );
}

/** "This is a new child": a reason is required when the search showed likely matches. */
function NewChildDecision({
  hadMatches,
  defaultNote,
  onContinue,
}: {
  hadMatches: boolean;
  defaultNote: string;
  onContinue: (note: string | null) => void;
}) {
  const t = useTranslations("duplicates");
  const resolver = useSchemaResolver<NewChildReasonInput>(() => import("@/lib/cases/duplicate-search.schema").then((m) => m.newChildReasonSchema));
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<NewChildReasonInput>({ resolver, defaultValues: { duplicateCheckNote: defaultNote } });

  if (!hadMatches) {
    return (
      <button type="button" onClick={() => onContinue(null)} className={buttonClass("primary", "lg")}>
        {t("newChild")}
      </button>
    );
  }
  return (
    <form
      onSubmit={handleSubmit((data) => onContinue(data.duplicateCheckNote))}
      noValidate
      className={alertClass("warning", "space-y-3 p-4")}
      aria-labelledby="new-child-title"
    >
      <h2 id="new-child-title" className="font-semibold">
        {t("newChildTitle")}
      </h2>
      <Field id="duplicateCheckNote" label={t("newChildReason")} hint={t("newChildReasonHint")} error={errors.duplicateCheckNote?.message}>
        <textarea
          id="duplicateCheckNote"
          dir="auto"
          rows={3}
          className={inputClass}
          {...(errors.duplicateCheckNote ? { "aria-invalid": true, "aria-describedby": "duplicateCheckNote-error" } : {})}
          {...register("duplicateCheckNote")}
        />
      </Field>
      <button type="submit" className={buttonClass("primary", "lg")}>
        {t("newChild")}
      </button>
    </form>
  );
}
