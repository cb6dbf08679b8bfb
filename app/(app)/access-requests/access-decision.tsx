"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ProblemBox } from "@/components/form/problem-box";
import { useAction } from "@/components/form/use-action";
import { Button } from "@/components/ui/button";
import { decideAccessRequestAction } from "./actions";

/** Grant / deny buttons; once decided, the outcome replaces them. */
export function AccessDecision({ requestId, requesterName }: { requestId: string; requesterName: string }) {
  const t = useTranslations("accessRequests");
  const { pending, problem, run } = useAction();
  const [decided, setDecided] = useState<"granted" | "denied" | null>(null);
  const decide = (grant: boolean) => run(() => decideAccessRequestAction({ requestId, grant }), { onSuccess: (data) => setDecided(data.status === "GRANTED" ? "granted" : "denied") });

  // A request that is gone or was decided meanwhile is an outcome to read, not an error to fix.
  const outcome =
    decided ?? (problem?.kind === "notFound" ? "notFound" : problem?.kind === "invalidState" && problem.reason === "alreadyDecided" ? "alreadyDecided" : null);
  if (outcome) {
    return (
      <p role="status" className={`font-semibold ${outcome === "granted" || outcome === "denied" ? "text-green-800" : "text-slate-700"}`}>
        {t(outcome, { name: requesterName })}
      </p>
    );
  }
  return (
    <div className="space-y-2">
      <ProblemBox problem={problem} messages="accessRequests" texts={{ invalidState: "accessRequests.failed", fixErrors: "accessRequests.failed" }} className="p-2" />
      <div className="flex flex-wrap gap-2">
        <Button disabled={pending} onClick={() => decide(true)}>
          {pending ? t("deciding") : t("grant")}
        </Button>
        <Button variant="neutral" disabled={pending} onClick={() => decide(false)}>
          {t("deny")}
        </Button>
      </div>
    </div>
  );
}
