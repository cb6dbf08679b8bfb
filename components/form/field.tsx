"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/**
 * Label, control and a translated error message, tied together for screen readers. The error is a
 * key under "errors"; anything else (a library's own English text) shows as the generic "invalid".
 */
export function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  children: ReactNode;
}) {
  const t = useTranslations("errors");
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {hint && <p className="text-xs text-slate-500">{hint}</p>}
      <div className="mt-1">{children}</div>
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700" data-testid={`error-${id}`}>
          {t.has(error) ? t(error) : t("invalid")}
        </p>
      )}
    </div>
  );
}

/** A group of radios or checkboxes with a legend and one error message. */
export function FieldSet({ id, legend, error, children }: { id: string; legend: string; error?: string; children: ReactNode }) {
  const t = useTranslations("errors");
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="block text-sm font-medium">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-x-5 gap-y-2">{children}</div>
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700" data-testid={`error-${id}`}>
          {t.has(error) ? t(error) : t("invalid")}
        </p>
      )}
    </fieldset>
  );
}

export const inputClass =
  "block w-full rounded border border-slate-400 bg-white px-3 py-2 aria-invalid:border-red-600 aria-invalid:ring-1 aria-invalid:ring-red-600";
