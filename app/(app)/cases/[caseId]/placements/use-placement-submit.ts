"use client";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result";

export type FormProblem =
  | { kind: "fixErrors" | "failed" | "notFound" | "invalidState" | "caseClosed" | "invalidInput" }
  | { kind: "form"; key: string }
  | { kind: "conflict"; byName: string | null; at: string };

/**
 * Runs a placement action from a form: field errors go next to their fields (`form` — a refusal
 * that belongs to no one field, like "centre full" — above the form), other failures are typed.
 */
export function usePlacementSubmit(onFieldErrors: (errors: Record<string, string>) => void) {
  const [pending, startTransition] = useTransition();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [done, setDone] = useState(false);

  const submit = (work: () => Promise<ActionResult<{ placementId: string }>>, onSuccess: () => void) => {
    setProblem(null);
    setDone(false);
    startTransition(async () => {
      try {
        const result = await work();
        if (result.ok) {
          setDone(true);
          onSuccess();
        } else if ("fieldErrors" in result) {
          const { form, ...fields } = result.fieldErrors;
          onFieldErrors(fields);
          setProblem(form ? { kind: "form", key: form } : { kind: "fixErrors" });
        } else if ("conflict" in result) {
          setProblem({ kind: "conflict", ...result.conflict });
        } else {
          // Placements are not rate limited: a rateLimited answer cannot come from them.
          const refused =
            result.error === "invalidState"
              ? result.reason === "caseClosed"
                ? "caseClosed"
                : "invalidState"
              : result.error === "rateLimited"
                ? "failed"
                : result.error;
          setProblem({ kind: refused });
        }
      } catch {
        setProblem({ kind: "failed" });
      }
    });
  };
  return { pending, problem, setProblem, done, submit };
}
