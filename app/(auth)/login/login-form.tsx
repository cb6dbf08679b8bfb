"use client";
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { alertClass } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { login, type LoginState } from "./actions";

const initial: LoginState = { error: null, email: "", step: "password" };
const inputClass = "mt-1 block w-full rounded border border-slate-400 px-3 py-2";

export function LoginForm() {
  const t = useTranslations("login");
  const [state, action, pending] = useActionState(login, initial);
  // Kept here, not in the inputs: the code step posts the email and password again (the server
  // creates the session only when password and code are right together), and React clears a
  // form's own fields after each submission.
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [recovery, setRecovery] = useState(false);
  // "Start over" leaves the code step of this answer; the next answer decides again.
  const [leftStep, setLeftStep] = useState<LoginState | null>(null);
  const askCode = state.step === "code" && leftStep !== state;

  const error = state.error && (
    <p role="alert" data-testid="form-error" className={alertClass("error", "p-3 text-sm")}>
      {state.error === "rateLimited" ? t("rateLimited", { minutes: state.retryAfterMinutes ?? 1 }) : t(state.error)}
    </p>
  );

  if (askCode) {
    return (
      <form action={action} className="space-y-4" noValidate data-testid="second-factor-form">
        <input type="hidden" name="email" value={email} />
        <input type="hidden" name="password" value={password} />
        <div>
          <h2 className="text-lg font-semibold">{t("codeTitle")}</h2>
          <p className="mt-1 text-sm text-slate-600">{recovery ? t("recoveryIntro") : t("codeIntro")}</p>
        </div>
        {error}
        <div>
          <label htmlFor="code" className="block text-sm font-medium">
            {recovery ? t("recoveryCode") : t("code")}
          </label>
          <input
            key={recovery ? "recovery" : "totp"}
            id="code"
            name="code"
            dir="ltr"
            autoFocus
            required
            autoComplete={recovery ? "off" : "one-time-code"}
            inputMode={recovery ? "text" : "numeric"}
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={recovery ? 20 : 7}
            className={`${inputClass} text-lg tracking-widest`}
          />
        </div>
        <button type="submit" disabled={pending} className={buttonClass("primary", "md", "w-full")}>
          {pending ? t("submitting") : t("verify")}
        </button>
        <div className="flex flex-wrap justify-between gap-2 text-sm">
          <button type="button" className="text-brand-700 underline" onClick={() => setRecovery(!recovery)}>
            {recovery ? t("useApp") : t("useRecoveryCode")}
          </button>
          <button type="button" className="text-slate-600 underline" onClick={() => setLeftStep(state)}>
            {t("startOver")}
          </button>
        </div>
      </form>
    );
  }

  return (
    <form action={action} className="space-y-4" noValidate>
      {state.step === "password" && error}
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
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          className={inputClass}
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
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          className={inputClass}
        />
      </div>
      <button type="submit" disabled={pending} className={buttonClass("primary", "md", "w-full")}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
