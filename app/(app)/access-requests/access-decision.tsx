"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { decideAccessRequestAction } from "./actions";

type Outcome = "granted" | "denied" | "failed" | "notFound" | "alreadyDecided" | "invalidInput";

/** Grant / deny buttons; once decided, the outcome replaces them. */
export function AccessDecision({ requestId, requesterName }: { requestId: string; requesterName: string }) {
  const t = useTranslations("accessRequests");
  const tErrors = useTranslations("errors");
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const decide = (grant: boolean) =>
    startTransition(async () => {
      try {
        const result = await decideAccessRequestAction({ requestId, grant });
        if (result.ok) setOutcome(result.data.status === "GRANTED" ? "granted" : "denied");
        else if ("error" in result && (result.error === "notFound" || result.error === "invalidInput")) setOutcome(result.error);
        else if ("error" in result && result.reason === "alreadyDecided") setOutcome("alreadyDecided");
        else setOutcome("failed");
      } catch {
        setOutcome("failed");
      }
    });

  if (outcome === "granted" || outcome === "denied" || outcome === "alreadyDecided" || outcome === "notFound") {
    return (
      <p role="status" className={`font-semibold ${outcome === "granted" || outcome === "denied" ? "text-green-800" : "text-slate-700"}`}>
        {t(outcome, { name: requesterName })}
      </p>
    );
  }
  return (
    <div className="space-y-2">
      {(outcome === "failed" || outcome === "invalidInput") && (
        <p role="alert" data-testid="form-error" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800">
          {outcome === "invalidInput" ? tErrors("invalidInput") : t("failed")}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          disabled={pending}
          onClick={() => decide(true)}
          className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {pending ? t("deciding") : t("grant")}
        </button>
        <button
          type="button"
          disabled={pending}
          onClick={() => decide(false)}
          className="rounded border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-100 disabled:opacity-60"
        >
          {t("deny")}
        </button>
      </div>
    </div>
  );
}
