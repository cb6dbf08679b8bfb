"use client";
// Runs a server action with `pending` and the problem box's Problem (see use-action-form.ts, which
// builds forms on it). Kept apart from react-hook-form and zod: a button needs neither (ADR 0021).
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result";
import { fieldErrorsOf, problemOf, type Problem } from "./problem";

type Handlers<T> = {
  onSuccess?: (data: T) => void;
  /** Field → message key (without the form-level one, which becomes the problem). */
  onFieldErrors?: (errors: Record<string, string>) => void;
};

export function useAction() {
  const [pending, startTransition] = useTransition();
  const [problem, setProblem] = useState<Problem | null>(null);
  const run = <T>(work: () => Promise<ActionResult<T>>, { onSuccess, onFieldErrors }: Handlers<T> = {}) => {
    setProblem(null);
    startTransition(async () => {
      try {
        const result = await work();
        if (result.ok) return onSuccess?.(result.data);
        onFieldErrors?.(fieldErrorsOf(result));
        setProblem(problemOf(result));
      } catch {
        setProblem({ kind: "failed" });
      }
    });
  };
  return { pending, problem, setProblem, run };
}
