"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState, type ReactNode } from "react";
import type { DefaultValues, FieldValues, UseFormReturn } from "react-hook-form";
import { ProblemBox } from "@/components/form/problem-box";
import { useActionForm } from "@/components/form/use-action-form";
import { buttonClass } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import type { CaseFileSection } from "@/lib/cases/case-file.schema";
import { saveSectionAction } from "./actions";

/**
 * One section of the case file, saved on its own. What the user types is kept in the tab's
 * sessionStorage until it is saved (a reload or a failed save on a slow connection loses
 * nothing); sessionStorage, not localStorage, so nothing stays on a shared computer once the tab
 * is closed.
 */
export function SectionForm<V extends FieldValues>({
  caseId,
  section,
  title,
  defaultValues,
  version,
  readOnly,
  onSaved,
  children,
}: {
  caseId: string;
  section: CaseFileSection;
  title: string;
  defaultValues: V;
  version: number;
  readOnly: boolean;
  onSaved: (version: number) => void;
  children: (form: UseFormReturn<V, unknown, V>) => ReactNode;
}) {
  const t = useTranslations("caseFile");
  const format = useFormatter();
  const draftKey = `cpise:draft:${caseId}:${section}`;
  // The section's schema validates and transforms; the form keeps the raw values (V) it sends.
  const { form, submitWith, pending, problem, setProblem, saved } = useActionForm<V>({
    schema: () => import("@/lib/cases/case-file.schema").then((m) => m.CASE_FILE_SECTIONS[section]),
    defaultValues: defaultValues as DefaultValues<V>,
  });
  const [status, setStatus] = useState<{ kind: "saved"; at: Date } | { kind: "restored" } | null>(null);

  useEffect(() => {
    if (readOnly) return;
    const stored = sessionStorage.getItem(draftKey);
    if (stored) {
      form.reset(JSON.parse(stored) as V, { keepDefaultValues: true });
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the draft is in sessionStorage, readable only once mounted
      setStatus({ kind: "restored" });
    }
    // Only what the user changes (not the programmatic resets) becomes a draft.
    const subscription = form.watch((values, { type }) => {
      if (type === "change") sessionStorage.setItem(draftKey, JSON.stringify(values));
    });
    return () => subscription.unsubscribe();
  }, [draftKey, form, readOnly]);

  const submit = submitWith(
    (values) => saveSectionAction({ caseId, version, section, values }),
    (data, values) => {
      sessionStorage.removeItem(draftKey);
      form.reset(values);
      onSaved(data.version);
      setStatus({ kind: "saved", at: new Date() });
    },
  );
  const save = (event: React.FormEvent<HTMLFormElement>) => {
    setStatus(null);
    return submit(event);
  };

  const discardDraft = () => {
    sessionStorage.removeItem(draftKey);
    form.reset(defaultValues);
    setStatus(null);
    setProblem(null);
  };

  return (
    <form onSubmit={save} noValidate aria-labelledby={`section-${section}`} data-testid={`section-${section}`} className={cardClass("space-y-4 p-5")}>
      <h2 id={`section-${section}`} className="text-lg font-semibold">
        {title}
      </h2>
      <ProblemBox problem={problem} messages="caseFile" className="p-2" />
      {status?.kind === "restored" && (
        <p role="status" className="rounded border border-sky-300 bg-sky-50 p-2 text-sm text-sky-900">
          {t("draftRestored")}{" "}
          <button type="button" onClick={discardDraft} className="font-semibold underline">
            {t("discardDraft")}
          </button>
        </p>
      )}
      <fieldset disabled={readOnly || pending} className="space-y-4">
        {children(form)}
      </fieldset>
      {!readOnly && (
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" disabled={pending} className={buttonClass()}>
            {pending ? t("saving") : t("save")}
          </button>
          {saved && status?.kind === "saved" && (
            <span role="status" className="text-sm text-green-800">
              {t("savedAt", { time: format.dateTime(status.at, { hour: "2-digit", minute: "2-digit" }) })}
            </span>
          )}
        </div>
      )}
    </form>
  );
}
