"use client";
// The chair signs a complete decision (ADR 0011). Used on the chair's session page and
// on the decision record.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ProblemBox } from "@/components/form/problem-box";
import { useAction } from "@/components/form/use-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";

/** `sign` is the sign action bound on the server to the decision and the version the chair saw. */
export function SignButton({ sign }: { sign: () => Promise<ActionResult<unknown>> }) {
  const t = useTranslations("bid.decision");
  const router = useRouter();
  const { pending, problem, run } = useAction();
  const [confirming, setConfirming] = useState(false);
  const confirm = () =>
    run(sign, {
      onSuccess: () => {
        setConfirming(false);
        router.refresh();
      },
    });
  return (
    <div className="space-y-2">
      <ProblemBox problem={problem} messages="bid.decision.errors" />
      {confirming ? (
        <Alert tone="warning" role="group" className="space-y-2 p-3 text-sm">
          <p>{t("signConfirm")}</p>
          <div className="flex flex-wrap gap-2">
            <Button onClick={confirm} disabled={pending} data-testid="sign-confirm">
              {t("signNow")}
            </Button>
            <Button variant="neutral" onClick={() => setConfirming(false)}>
              {t("cancel")}
            </Button>
          </div>
        </Alert>
      ) : (
        <Button onClick={() => setConfirming(true)} data-testid="sign-decision">
          {t("sign")}
        </Button>
      )}
    </div>
  );
}
