"use client";
// The one client write path: run a server action, keep `pending`, turn a refusal into a Problem
// for the problem box, put server field errors next to their fields. `useAction` for buttons and
// hand-built forms; `useActionForm` adds react-hook-form with the zod schema the server uses.
// `useAction` lives in its own module so that a page with buttons and no form does not load
// react-hook-form (ADR 0021); it is re-exported here for the forms. The schema comes as a loader
// (`schema: () => import("@/lib/…schema").then((m) => m.xSchema)`), so zod and the zod resolver
// load after the page, not in its first load (schema-resolver.ts; ADR 0021, "Fourth pass").
import { useTranslations } from "next-intl";
import { useEffect, useState, type BaseSyntheticEvent } from "react";
import { useForm, type DefaultValues, type FieldPath, type FieldValues, type UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";
import { useLeaveGuard } from "./leave-guard";
import { lazySchemaResolver, schemaResolver, type SchemaSource } from "./schema-resolver";
import { useAction } from "./use-action";

export { schemaResolver, useAction, type SchemaSource };

/**
 * The resolver of a form's schema (or schema loader), read when the form mounts and kept for its
 * life. What it needs starts loading once the browser is idle after the form appears, so it is
 * there when the user first submits; a load that fails then is tried again at the submit.
 */
export function useSchemaResolver<TValues extends FieldValues, TParsed = TValues>(schema: SchemaSource) {
  const [{ resolver, load }] = useState(() => lazySchemaResolver<TValues, TParsed>(schema));
  useEffect(() => {
    const start = () => void load().catch(() => undefined);
    if (typeof requestIdleCallback === "function") {
      const id = requestIdleCallback(start, { timeout: 2000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(start, 0);
    return () => clearTimeout(id);
  }, [load]);
  return resolver;
}

/**
 * A react-hook-form form whose submit runs a server action. The action gets the values as typed
 * (`values`; the server parses them again with the same schema) and what the schema made of them
 * (`parsed`), and the submit event (for a form that reads its own FormData). `submitWith` builds a handler per action (a form with "save draft" and "submit").
 * While the form holds changes that are not saved, leaving the page asks first (leave-guard.ts);
 * a successful save makes the saved values the form's new starting point. `schema` is best a
 * loader; a schema imported up front works the same but puts zod in the page's first load.
 */
export function useActionForm<TValues extends FieldValues, TParsed = TValues>({
  schema,
  defaultValues,
}: {
  schema: SchemaSource;
  defaultValues: DefaultValues<TValues>;
}) {
  const resolver = useSchemaResolver<TValues, TParsed>(schema);
  const form: UseFormReturn<TValues, unknown, TParsed> = useForm<TValues, unknown, TParsed>({ resolver, defaultValues });
  const { pending, problem, setProblem, run } = useAction();
  const [saved, setSaved] = useState(false);
  const t = useTranslations("form");
  useLeaveGuard(form.formState.isDirty && !pending, t("leaveUnsaved"));

  const submitWith = <T>(
    action: (values: TValues, parsed: TParsed, event?: BaseSyntheticEvent) => Promise<ActionResult<T>>,
    onSuccess?: (data: T, values: TValues) => void,
  ) => {
    const submit = form.handleSubmit(
      (parsed, event) => {
        const values = form.getValues();
        setSaved(false);
        run(() => action(values, parsed, event), {
          onSuccess: (data) => {
            setSaved(true);
            onSuccess?.(data, values);
            // What the form holds once saved (the values sent, or what onSuccess put there, such as a
            // new version or an emptied form) is its new starting point: nothing is left unsaved.
            form.reset(form.getValues());
          },
          onFieldErrors: (errors) => {
            for (const [path, message] of Object.entries(errors)) form.setError(path as FieldPath<TValues>, { message });
          },
        });
      },
      () => {
        setSaved(false);
        setProblem({ kind: "fixErrors" });
      },
    );
    // The check could not run (its code did not load: the connection dropped); what was typed stays.
    return (event?: BaseSyntheticEvent) =>
      submit(event).catch(() => {
        setSaved(false);
        setProblem({ kind: "failed" });
      });
  };

  return { form, pending, problem, setProblem, saved, submitWith };
}
