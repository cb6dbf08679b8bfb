"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Field, inputClass } from "@/components/form/field";
import { ProblemBox } from "@/components/form/problem-box";
import { useActionForm } from "@/components/form/use-action-form";
import { buttonClass } from "@/components/ui/button";
import type { ChangePasswordValues } from "@/lib/account/account.schema";
import { signedOutUrl } from "@/lib/account/signed-out-reason";
import type { PasswordOwner } from "@/lib/auth/password-policy";
import { changePasswordAction } from "./actions";
import { PasswordStrength } from "./password-strength";

const FIELDS = [
  { name: "currentPassword", label: "current", autoComplete: "current-password" },
  { name: "newPassword", label: "new", autoComplete: "new-password" },
  { name: "confirmPassword", label: "confirm", autoComplete: "new-password" },
] as const;

/**
 * Current password, then the new one twice with a strength meter. The server decides (length,
 * demo password, the user's own name, strength) and answers beside the field; a success has
 * ended every session, this one too, so the user signs in again with the new password.
 */
export function ChangePasswordForm({ owner }: { owner: PasswordOwner }) {
  const t = useTranslations("account.password");
  const router = useRouter();
  const { form, submitWith, pending, problem } = useActionForm<ChangePasswordValues>({
    schema: () => import("@/lib/account/account.schema").then((m) => m.changePasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
  });
  const errors = form.formState.errors;
  const submit = submitWith(
    (values) => changePasswordAction(values),
    () => router.replace(signedOutUrl("passwordChanged")),
  );

  return (
    <form onSubmit={submit} noValidate className="space-y-4" data-testid="change-password-form">
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <ProblemBox problem={problem} />
      {FIELDS.map(({ name, label, autoComplete }) => {
        const error = errors[name]?.message;
        return (
          <Field key={name} id={name} label={t(label)} error={error} hint={name === "newPassword" ? t("hint") : undefined}>
            <input
              id={name}
              type="password"
              dir="ltr"
              autoComplete={autoComplete}
              className={inputClass}
              aria-invalid={error ? true : undefined}
              aria-describedby={[error ? `${name}-error` : "", name === "newPassword" ? "password-strength" : ""].join(" ").trim() || undefined}
              {...form.register(name)}
            />
            {name === "newPassword" && <PasswordStrength password={form.watch("newPassword")} owner={owner} />}
          </Field>
        );
      })}
      <button type="submit" disabled={pending} className={buttonClass()}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
