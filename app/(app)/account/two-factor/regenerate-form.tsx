"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/form/field";
import { ProblemBox } from "@/components/form/problem-box";
import { useActionForm } from "@/components/form/use-action-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { RegenerateRecoveryCodesInput } from "@/lib/account/two-factor.schema";
import { regenerateRecoveryCodesAction } from "./actions";
import { RecoveryCodes } from "./recovery-codes";

/** Ten new recovery codes for the old ones (confirmed with a current code); the session goes on. */
export function RegenerateCodesForm() {
  const t = useTranslations("twoFactor");
  const router = useRouter();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const { form, submitWith, pending, problem } = useActionForm<RegenerateRecoveryCodesInput>({
    schema: () => import("@/lib/account/two-factor.schema").then((m) => m.regenerateRecoveryCodesSchema),
    defaultValues: { code: "" },
  });
  const onSubmit = submitWith(regenerateRecoveryCodesAction, (data) => {
    setRecoveryCodes(data.recoveryCodes);
    form.setValue("code", "");
  });

  if (recoveryCodes) {
    return (
      <RecoveryCodes codes={recoveryCodes}>
        <Button
          size="lg"
          className="w-full sm:w-auto"
          onClick={() => {
            setRecoveryCodes(null);
            router.refresh();
          }}
        >
          {t("done")}
        </Button>
      </RecoveryCodes>
    );
  }

  const error = form.formState.errors.code?.message;
  return (
    <Card title={t("regenerateTitle")} labelledBy="regenerate-title">
      <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid="regenerate-codes-form">
        <p className="text-sm text-slate-700">{t("regenerateIntro")}</p>
        <ProblemBox problem={problem} messages="twoFactor.errors" />
        <Field id="regenerate-code" label={t("codeOrRecovery")} error={error}>
          <input
            id="regenerate-code"
            dir="ltr"
            autoComplete="one-time-code"
            autoCapitalize="characters"
            spellCheck={false}
            className={`${inputClass} max-w-64 tracking-widest`}
            aria-invalid={error ? true : undefined}
            {...form.register("code")}
          />
        </Field>
        <Button type="submit" variant="secondary" disabled={pending} className="w-full sm:w-auto">
          {pending ? t("regenerating") : t("regenerate")}
        </Button>
      </form>
    </Card>
  );
}
