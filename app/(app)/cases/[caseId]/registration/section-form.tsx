"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState, useTransition, type ReactNode } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import { ConflictMessage } from "@/components/case/conflict-message";
import type { CaseFileSection } from "@/lib/cases/case-file.schema";
import { saveSectionAction } from "./actions";

type Conflict = { byName: string | null; at: string };

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
  schema,
  defaultValues,
  version,
  readOnly,
  onSaved,
  children,
}: {
  caseId: string;
  section: CaseFileSection;
  title: string;
  schema: z.ZodType;
  defaultValues: V;
  version: number;
  readOnly: boolean;
  onSaved: (version: number) => void;
  children: (form: UseFormReturn<V, unknown, V>) => ReactNode;
}) {
  const t = useTranslations("caseFile");
  const tErrors = useTranslations("errors");
  const format = useFormatter();
  const draftKey = `cpise:draft:${caseId}:${section}`;
  // The section schema validates and transforms; the form keeps the raw values (V) it sends.
  const form = useForm<V, unknown, V>({
    resolver: zodResolver(schema as never) as unknown as Resolver<V, unknown, V>,
    defaultValues: defaultValues as DefaultValues<V>,
  });
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ kind: "saved"; at: Date } | { kind: "fixErrors" | "failed" | "restored" | "invalidInput" } | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);

  useEffect(() => {
    if (readOnly) return;
    const stored = sessionStorage.getItem(draftKey);
    if (stored) {
      form.reset(JSON.parse(stored) as V, { keepDefaultValues: true });
      setStatus({ kind: "restored" });
    }
    // Only what the user changes (not the programmatic resets) becomes a draft.
    const subscription = form.watch((values, { type }) => {
      if (type === "change") sessionStorage.setItem(draftKey, JSON.stringify(values));
    });
    return () => subscription.unsubscribe();
  }, [draftKey, form, readOnly]);

  const save = form.handleSubmit(
    (_parsed, event) => {
      const values = form.getValues();
      setStatus(null);
      setConflict(null);
      startTransition(async () => {
        try {
          const result = await saveSectionAction({ caseId, version, section, values });
          if (result.ok) {
            sessionStorage.removeItem(draftKey);
            form.reset(values);
            onSaved(result.data.version);
            setStatus({ kind: "saved", at: new Date() });
          } else if ("fieldErrors" in result) {
            for (const [path, message] of Object.entries(result.fieldErrors)) form.setError(path as Path<V>, { message });
            setStatus({ kind: "fixErrors" });
          } else if ("conflict" in result) {
            setConflict(result.conflict);
          } else if (result.error === "invalidInput") {
            setStatus({ kind: "invalidInput" });
          } else {
            setStatus({ kind: "failed" });
          }
        } catch {
          setStatus({ kind: "failed" });
        }
      });
      event?.preventDefault();
    },
    () => setStatus({ kind: "fixErrors" }),
  );

  const discardDraft = () => {
    sessionStorage.removeItem(draftKey);
    form.reset(defaultValues);
    setStatus(null);
  };

  return (
    <form onSubmit={save} noValidate aria-labelledby={`section-${section}`} data-testid={`section-${section}`} className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <h2 id={`section-${section}`} className="text-lg font-semibold">
        {title}
      </h2>
      {conflict && <ConflictMessage byName={conflict.byName} at={conflict.at} />}
      {status?.kind === "restored" && (
        <p role="status" className="rounded border border-sky-300 bg-sky-50 p-2 text-sm text-sky-900">
          {t("draftRestored")}{" "}
          <button type="button" onClick={discardDraft} className="font-semibold underline">
            {t("discardDraft")}
          </button>
        </p>
      )}
      {(status?.kind === "fixErrors" || status?.kind === "failed" || status?.kind === "invalidInput") && (
        <p role="alert" data-testid="form-error" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800">
          {status.kind === "invalidInput" ? tErrors("invalidInput") : t(status.kind)}
        </p>
      )}
      <fieldset disabled={readOnly || pending} className="space-y-4">
        {children(form)}
      </fieldset>
      {!readOnly && (
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
            {pending ? t("saving") : t("save")}
          </button>
          {status?.kind === "saved" && (
            <span role="status" className="text-sm text-green-800">
              {t("savedAt", { time: format.dateTime(status.at, { hour: "2-digit", minute: "2-digit" }) })}
            </span>
          )}
        </div>
      )}
    </form>
  );
}
