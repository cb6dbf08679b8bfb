"use client";
// Small react-hook-form bindings for the case-file sections: label, control, translated error.
import { useTranslations } from "next-intl";
import { get, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { Field, FieldSet, inputClass } from "@/components/form/field";

type Bound<V extends FieldValues> = { form: UseFormReturn<V, unknown, V>; name: Path<V>; label: string };

const idOf = (name: string) => name.replace(/\./g, "-");

function errorOf<V extends FieldValues>(form: UseFormReturn<V, unknown, V>, name: Path<V>): string | undefined {
  return (get(form.formState.errors, name) as { message?: string } | undefined)?.message;
}

export function TextField<V extends FieldValues>({ form, name, label, type = "text", multiline = false }: Bound<V> & { type?: string; multiline?: boolean }) {
  const error = errorOf(form, name);
  const id = idOf(name);
  const props = { id, "aria-invalid": error ? true : undefined, "aria-describedby": error ? `${id}-error` : undefined, className: inputClass, ...form.register(name) };
  return (
    <Field id={id} label={label} error={error}>
      {multiline ? <textarea rows={4} dir="auto" {...props} /> : <input type={type} dir={type === "text" ? "auto" : undefined} autoComplete="off" {...props} />}
    </Field>
  );
}

export function SelectField<V extends FieldValues>({ form, name, label, options, placeholder }: Bound<V> & { options: { value: string; label: string }[]; placeholder?: string }) {
  const error = errorOf(form, name);
  const id = idOf(name);
  return (
    <Field id={id} label={label} error={error}>
      <select id={id} aria-invalid={error ? true : undefined} className={inputClass} {...form.register(name)}>
        <option value="">{placeholder ?? "—"}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function CheckboxGroup<V extends FieldValues>({ form, name, label, options }: Bound<V> & { options: { value: string; label: string }[] }) {
  return (
    <FieldSet id={idOf(name)} legend={label} error={errorOf(form, name)}>
      {options.map((o) => (
        <label key={o.value} className="flex items-center gap-2">
          <input type="checkbox" value={o.value} {...form.register(name)} />
          {o.label}
        </label>
      ))}
    </FieldSet>
  );
}

export function Checkbox<V extends FieldValues>({ form, name, label }: Bound<V>) {
  return (
    <label className="flex items-center gap-2">
      <input type="checkbox" {...form.register(name)} />
      {label}
    </label>
  );
}

/** Yes / No / Unknown. */
export function TriState<V extends FieldValues>({ form, name, label }: Bound<V>) {
  const t = useTranslations("caseFile");
  return (
    <FieldSet id={idOf(name)} legend={label} error={errorOf(form, name)}>
      {(["yes", "no", ""] as const).map((value) => (
        <label key={value || "unknown"} className="flex items-center gap-2">
          <input type="radio" value={value} {...form.register(name)} />
          {t(value === "yes" ? "yes" : value === "no" ? "no" : "unknown")}
        </label>
      ))}
    </FieldSet>
  );
}
