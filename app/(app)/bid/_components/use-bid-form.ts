"use client";
// The shared client side of the BID forms: react-hook-form with the same zod schema as the DAL,
// server field errors next to their fields, conflicts and refused states as a form-level message.
import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm, type DefaultValues, type FieldPath, type FieldValues, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/action-result";

export type FormProblem = { kind: "fixErrors" | "failed" | "notFound" | "invalidInput" } | { kind: "invalidState"; reason: string } | { kind: "conflict"; byName: string | null; at: string };

export function useBidForm<TValues extends FieldValues, TData>(
  schema: z.ZodType,
  defaultValues: DefaultValues<TValues>,
  submit: (values: TValues) => Promise<ActionResult<TData>>,
  onSuccess?: (data: TData, form: UseFormReturn<TValues>) => void,
) {
  const [pending, startTransition] = useTransition();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<TValues>({ resolver: zodResolver(schema as never) as never, defaultValues });
  const onSubmit = form.handleSubmit(
    () => {
      const raw = form.getValues();
      setProblem(null);
      setSaved(false);
      startTransition(async () => {
        try {
          const result = await submit(raw);
          if (result.ok) {
            setSaved(true);
            onSuccess?.(result.data, form);
          } else if ("fieldErrors" in result) {
            for (const [path, message] of Object.entries(result.fieldErrors)) form.setError(path as FieldPath<TValues>, { message });
            setProblem({ kind: "fixErrors" });
          } else if ("conflict" in result) {
            setProblem({ kind: "conflict", ...result.conflict });
          } else if (result.error === "invalidState") {
            setProblem({ kind: "invalidState", reason: result.reason ?? "" });
          } else {
            setProblem({ kind: result.error === "invalidInput" ? "invalidInput" : "notFound" });
          }
        } catch {
          setProblem({ kind: "failed" });
        }
      });
    },
    () => setProblem({ kind: "fixErrors" }),
  );
  return { form, onSubmit, pending, problem, saved, setProblem };
}
