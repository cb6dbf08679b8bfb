"use client";
// The chair signs a complete decision (ADR 0011). Used on the chair's session page and
// on the decision record.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { signDecisionAction } from "../[decisionId]/actions";
import { BidProblem, problemOf, type Problem } from "./problem";

export function SignButton({ decisionId, decisionVersion }: { decisionId: string; decisionVersion: number }) {
  const t = useTranslations("bid.decision");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [confirming, setConfirming] = useState(false);
  const sign = () =>
    startTransition(async () => {
      setProblem(null);
      try {
        const result = await signDecisionAction(decisionId, { decisionVersion });
        if (result.ok) {
          setConfirming(false);
          router.refresh();
        } else setProblem(problemOf(result));
      } catch {
        setProblem({ message: "failed" });
      }
    });
  return (
    <div className="space-y-2">
      <BidProblem problem={problem} />
      {confirming ? (
        <div className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm" role="group">
          <p>{t("signConfirm")}</p>
          <div className="flex flex-wrap gap-2">
            <button type="button" onClick={sign} disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60" data-testid="sign-confirm">
              {t("signNow")}
            </button>
            <button type="button" onClick={() => setConfirming(false)} className="rounded border border-slate-400 bg-white px-4 py-2">
              {t("cancel")}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800" data-testid="sign-decision">
          {t("sign")}
        </button>
      )}
    </div>
  );
}
