"use client";
// The chair signs a complete decision (ADR 0011). Used on the chair's session page and
// on the decision record.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ProblemBox } from "@/components/form/problem-box";
import { useAction } from "@/components/form/use-action-form";
import { signDecisionAction } from "../[decisionId]/actions";

export function SignButton({ decisionId, decisionVersion }: { decisionId: string; decisionVersion: number }) {
  const t = useTranslations("bid.decision");
  const router = useRouter();
  const { pending, problem, run } = useAction();
  const [confirming, setConfirming] = useState(false);
  const sign = () =>
    run(() => signDecisionAction(decisionId, { decisionVersion }), {
      onSuccess: () => {
        setConfirming(false);
        router.refresh();
      },
    });
  return (
    <div className="space-y-2">
      <ProblemBox problem={problem} messages="bid.decision.errors" />
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
