"use client";
// The one client write path: run a server action, keep `pending`, turn a refusal into a Problem
// for the problem box, put server field errors next to their fields. `useAction` for buttons and
// hand-built forms; `useActionForm` adds react-hook-form with the zod schema the server uses.
// `useAction` lives in its own module so that a page with buttons and no form does not load
// react-hook-form and zod (ADR 0021); it is re-exported here for the forms.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState, type BaseSyntheticEvent } from "react";
import { useForm, type DefaultValues, type FieldPath, type FieldValues, type Resolver, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { useLeaveGuard } from "./leave-guard";
import { useAction } from "./use-action";

export { useAction };

/**
 * The form's resolver from the schema shared with the server. The schema's input type is what the
 * form holds and its output what it yields; zod's and react-hook-form's generics do not line up
 * for transforming schemas, so the one cast lives here.
 */
export function schemaResolver<TValues extends FieldValues, TParsed = TValues>(schema: z.ZodType): Resolver<TValues, unknown, TParsed> {
  return zodResolver(schema as never) as unknown as Resolver<TValues, unknown, TParsed>;
}

/**
 * A react-hook-form form whose submit runs a server action. The action gets the values as typed
 * (`values`; the server parses them again with the same schema) and what the schema made of them
 * (`parsed`), and the submit event (for a form that reads its own FormData). `submitWith` builds a handler per action (a form with "save draft" and "submit").
 * While the form holds changes that are not saved, leaving the page asks first (leave-guard.ts);
 * a successful save makes the saved values the form's new starting point.
 */
export function useActionForm<TValues extends FieldValues, TParsed = TValues>({
  schema,
  defaultValues,
}: {
  schema: z.ZodType;
  defaultValues: DefaultValues<TValues>;
}) {
  const form: UseFormReturn<TValues, unknown, TParsed> = useForm<TValues, unknown, TParsed>({
    resolver: schemaResolver<TValues, TParsed>(schema),
    defaultValues,
  });
  const { pending, problem, setProblem, run } = useAction();
  const [saved, setSaved] = useState(false);
  const t = useTranslations("form");
  useLeaveGuard(form.formState.isDirty && !pending, t("leaveUnsaved"));

  const submitWith = <T>(
    action: (values: TValues, parsed: TParsed, event?: BaseSyntheticEvent) => Promise<ActionResult<T>>,
    onSuccess?: (data: T, values: TValues) => void,
  ) =>
    form.handleSubmit(
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

  return { form, pending, problem, setProblem, saved, submitWith };
}
