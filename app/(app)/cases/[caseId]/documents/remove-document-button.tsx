"use client";
import { alertClass } from "@/components/ui/alert";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ProblemBox } from "@/components/form/problem-box";
import { useAction } from "@/components/form/use-action";
import { Button } from "@/components/ui/button";
import { removeCaseDocumentAction } from "./actions";

/** "Remove", then a confirmation in place: the file is deleted for good. */
export function RemoveDocumentButton({ caseId, documentId, type }: { caseId: string; documentId: string; type: string }) {
  const t = useTranslations("documents");
  const router = useRouter();
  const { pending, problem, run } = useAction();
  const [confirming, setConfirming] = useState(false);

  if (!confirming) {
    return (
      <Button variant="danger" size="sm" aria-label={t("removeLabel", { type })} onClick={() => setConfirming(true)}>
        {t("remove")}
      </Button>
    );
  }
  return (
    <div role="group" aria-label={t("removeLabel", { type })} className={alertClass("error", "basis-full space-y-2 p-3 text-sm")} data-testid="remove-confirmation">
      <ProblemBox problem={problem} messages="documents" className="p-2" />
      <p>{t("removeConfirm")}</p>
      <div className="flex flex-wrap gap-2">
        <Button
          variant="danger"
          size="sm"
          disabled={pending}
          onClick={() => run(() => removeCaseDocumentAction(caseId, documentId), { onSuccess: () => router.refresh() })}
        >
          {t("confirmRemove")}
        </Button>
        <Button variant="secondary" size="sm" disabled={pending} onClick={() => setConfirming(false)}>
          {t("cancel")}
        </Button>
      </div>
    </div>
  );
}
