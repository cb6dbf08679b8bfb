"use client";
import { ProblemBox } from "@/components/form/problem-box";
import { useAction } from "@/components/form/use-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useState } from "react";
import { resetTwoFactorAction } from "./reset-two-factor.actions";

type Texts = { reset: string; confirm: string; resetting: string; done: string };

export function ResetTwoFactorButton({ userId, texts }: { userId: string; texts: Texts }) {
  const { pending, problem, run } = useAction();
  const [done, setDone] = useState(false);
  if (done) return <Alert tone="success">{texts.done}</Alert>;
  return (
    <div className="space-y-2">
      <ProblemBox problem={problem} />
      <Button
        variant="danger"
        disabled={pending}
        onClick={() => {
          if (window.confirm(texts.confirm)) run(() => resetTwoFactorAction(userId), { onSuccess: () => setDone(true) });
        }}
      >
        {pending ? texts.resetting : texts.reset}
      </Button>
    </div>
  );
}
