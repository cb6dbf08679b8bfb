"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Field, inputClass } from "@/components/form/field";
import { ProblemBox } from "@/components/form/problem-box";
import { useActionForm } from "@/components/form/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import type { SetPasswordInput } from "@/lib/auth/set-password.schema";
import { setPasswordAction } from "./actions";

type Score = 0 | 1 | 2 | 3 | 4;
const BAR = ["bg-red-600", "bg-red-500", "bg-amber-500", "bg-emerald-500", "bg-emerald-700"];

/**
 * New password twice, with a strength meter. The meter's estimator (zxcvbn's dictionaries, about
 * 3 MB) is loaded with a dynamic import, only on this page; it advises, the server decides.
 */
export function SetPasswordForm({ token, owner }: { token: string; owner: { name: string; email: string } }) {
  const t = useTranslations("setPassword");
  const { form, submitWith, pending, problem } = useActionForm<SetPasswordInput>({ schema: () => import("@/lib/auth/set-password.schema").then((m) => m.setPasswordSchema), defaultValues: { password: "", confirm: "" } });
  const [done, setDone] = useState(false);
  const [lastScore, setLastScore] = useState<Score | null>(null);
  const password = form.watch("password");
  const errors = form.formState.errors;
  const score = password ? lastScore : null;

  useEffect(() => {
    if (!password) return;
    let current = true;
    void import("@/lib/auth/password-policy").then(({ passwordScore }) => {
      if (current) setLastScore(passwordScore(password, owner));
    });
    return () => {
      current = false;
    };
  }, [password, owner]);

  const onSubmit = submitWith((values) => setPasswordAction(token, values), () => setDone(true));

  if (done) {
    return (
      <div className="space-y-4" data-testid="password-set">
        <Alert tone="success">
          <p className="font-semibold">{t("doneTitle")}</p>
          <p>{t("done")}</p>
        </Alert>
        <ButtonLink href="/login" className="w-full">
          {t("toLogin")}
        </ButtonLink>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="set-password-form">
      <ProblemBox problem={problem} messages="setPassword" />
      <Field id="password" label={t("password")} error={errors.password?.message}>
        <input id="password" type="password" dir="ltr" autoComplete="new-password" className={inputClass} aria-invalid={errors.password ? true : undefined} {...form.register("password")} />
      </Field>
      {score !== null && (
        <div aria-live="polite" data-testid="strength">
          <div className="flex gap-1" aria-hidden="true">
            {[0, 1, 2, 3].map((step) => (
              <span key={step} className={`h-1.5 flex-1 rounded ${step < Math.max(score, 1) ? BAR[score] : "bg-slate-200"}`} />
            ))}
          </div>
          <p className="mt-1 text-xs text-slate-700">{t("strength", { level: t(`levels.${score}`) })}</p>
        </div>
      )}
      <Field id="confirm" label={t("confirm")} error={errors.confirm?.message}>
        <input id="confirm" type="password" dir="ltr" autoComplete="new-password" className={inputClass} aria-invalid={errors.confirm ? true : undefined} {...form.register("confirm")} />
      </Field>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
