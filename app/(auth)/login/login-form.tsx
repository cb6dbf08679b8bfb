"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { alertClass } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { login, type LoginState } from "./actions";

const initial: LoginState = { error: null, email: "" };

export function LoginForm() {
  const t = useTranslations("login");
  const [state, action, pending] = useActionState(login, initial);
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.error && (
        <p role="alert" data-testid="form-error" className={alertClass("error", "p-3 text-sm")}>
          {state.error === "rateLimited" ? t("rateLimited", { minutes: state.retryAfterMinutes ?? 1 }) : t(state.error)}
        </p>
      )}
      <div>
        <label htmlFor="email" className="block text-sm font-medium">
          {t("email")}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          dir="ltr"
          autoComplete="username"
          required
          defaultValue={state.email}
          className="mt-1 block w-full rounded border border-slate-400 px-3 py-2"
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">
          {t("password")}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          dir="ltr"
          autoComplete="current-password"
          required
          className="mt-1 block w-full rounded border border-slate-400 px-3 py-2"
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className={buttonClass("primary", "md", "w-full")}
      >
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
