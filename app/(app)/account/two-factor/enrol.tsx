"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/form/field";
import { ProblemBox } from "@/components/form/problem-box";
import { useActionForm } from "@/components/form/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import type { EnableTwoFactorInput } from "@/lib/account/two-factor.schema";
import { enableTwoFactorAction } from "./actions";
import { RecoveryCodes } from "./recovery-codes";
import { SignInAgain } from "./sign-in-again";

/**
 * Scan, type the code, done: then the recovery codes, once, and signing in again (turning it on
 * ended the session). The secret travels sealed in `enrolment`; the server checks it was its own.
 */
export function EnrolTwoFactor({ enrolment, secretGroups, qrSvg }: { enrolment: string; secretGroups: string[]; qrSvg: string }) {
  const t = useTranslations("twoFactor");
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const { form, submitWith, pending, problem } = useActionForm<EnableTwoFactorInput>({
    schema: () => import("@/lib/account/two-factor.schema").then((m) => m.enableTwoFactorSchema),
    defaultValues: { enrolment, code: "" },
  });
  const onSubmit = submitWith(enableTwoFactorAction, (data) => setRecoveryCodes(data.recoveryCodes));

  if (recoveryCodes) {
    return (
      <div className="space-y-4">
        <Alert tone="success" testId="two-factor-enabled">
          {t("enabledDone")}
        </Alert>
        <RecoveryCodes codes={recoveryCodes}>
          <SignInAgain intro={t("signInAgainIntro")} />
        </RecoveryCodes>
      </div>
    );
  }

  const error = form.formState.errors.code?.message;
  return (
    <section aria-labelledby="setup-title" className={cardClass("space-y-5 p-5")}>
      <h2 id="setup-title" className="text-lg font-semibold">
        {t("setupTitle")}
      </h2>
      <ol className="space-y-5">
        <li className="flex gap-3">
          <Step n={1} />
          <p>{t("step1")}</p>
        </li>
        <li className="flex gap-3">
          <Step n={2} />
          <div className="min-w-0 space-y-3">
            <p>{t("step2")}</p>
            <div
              role="img"
              aria-label={t("qrLabel")}
              data-testid="totp-qr"
              className="h-52 w-52 rounded border border-slate-200 bg-white [&_svg]:h-full [&_svg]:w-full"
              // Drawn on the server by the qrcode library from our own otpauth URI: no user input reaches it.
              dangerouslySetInnerHTML={{ __html: qrSvg }}
            />
            <p className="text-sm text-slate-700">{t("manualKey")}</p>
            <p dir="ltr" className="break-all rounded bg-slate-100 px-3 py-2 font-mono text-base tracking-wider" data-testid="totp-secret">
              {secretGroups.join(" ")}
            </p>
          </div>
        </li>
        <li className="flex gap-3">
          <Step n={3} />
          <form onSubmit={onSubmit} noValidate className="min-w-0 flex-1 space-y-3" data-testid="enable-two-factor-form">
            <p>{t("step3")}</p>
            <ProblemBox problem={problem} messages="twoFactor.errors" />
            <input type="hidden" {...form.register("enrolment")} />
            <Field id="code" label={t("code")} error={error}>
              <input
                id="code"
                dir="ltr"
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={7}
                className={`${inputClass} max-w-40 text-lg tracking-widest`}
                aria-invalid={error ? true : undefined}
                {...form.register("code")}
              />
            </Field>
            <Button type="submit" size="lg" disabled={pending} className="w-full sm:w-auto">
              {pending ? t("enabling") : t("enable")}
            </Button>
          </form>
        </li>
      </ol>
    </section>
  );
}

function Step({ n }: { n: number }) {
  return (
    <span aria-hidden className="flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-brand-700 text-sm font-semibold text-white">
      {n}
    </span>
  );
}
