"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/form/field";
import { ProblemBox } from "@/components/form/problem-box";
import { useActionForm } from "@/components/form/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { DisableTwoFactorInput } from "@/lib/account/two-factor.schema";
import { disableTwoFactorAction } from "./actions";
import { SignInAgain } from "./sign-in-again";

/** Turning it off takes the password and a code; it ends the session, so the user signs in again. */
export function DisableTwoFactorForm() {
  const t = useTranslations("twoFactor");
  const [done, setDone] = useState(false);
  const { form, submitWith, pending, problem } = useActionForm<DisableTwoFactorInput>({
    schema: () => import("@/lib/account/two-factor.schema").then((m) => m.disableTwoFactorSchema),
    defaultValues: { password: "", code: "" },
  });
  const onSubmit = submitWith(disableTwoFactorAction, () => setDone(true));

  if (done) {
    return (
      <div className="space-y-4" data-testid="two-factor-disabled">
        <Alert tone="success">{t("disabledDone")}</Alert>
        <SignInAgain intro={t("disabledSignIn")} />
      </div>
    );
  }

  const errors = form.formState.errors;
  return (
    <Card title={t("disableTitle")} labelledBy="disable-title">
      <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid="disable-two-factor-form">
        <p className="text-sm text-slate-700">{t("disableIntro")}</p>
        <ProblemBox problem={problem} messages="twoFactor.errors" />
        <Field id="disable-password" label={t("password")} error={errors.password?.message}>
          <input
            id="disable-password"
            type="password"
            dir="ltr"
            autoComplete="current-password"
            className={`${inputClass} max-w-64`}
            aria-invalid={errors.password ? true : undefined}
            {...form.register("password")}
          />
        </Field>
        <Field id="disable-code" label={t("codeOrRecovery")} error={errors.code?.message}>
          <input
            id="disable-code"
            dir="ltr"
            autoComplete="one-time-code"
            autoCapitalize="characters"
            spellCheck={false}
            className={`${inputClass} max-w-64 tracking-widest`}
            aria-invalid={errors.code ? true : undefined}
            {...form.register("code")}
          />
        </Field>
        <Button type="submit" variant="danger" disabled={pending} className="w-full sm:w-auto">
          {pending ? t("disabling") : t("disable")}
        </Button>
      </form>
    </Card>
  );
}
