"use client";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { ProblemBox } from "@/components/form/problem-box";
import { useActionForm } from "@/components/form/use-action-form";
import { signUndertakingAction } from "./actions";

/** The member ticks "I have read and accept" and signs; the page then shows the date. */
export function UndertakingForm() {
  const t = useTranslations("panels.undertaking");
  const tError = useTranslations("errors");
  const { form, submitWith, pending, problem } = useActionForm<{ accept: boolean }>({ schema: () => import("@/lib/bid/panel-member.schema").then((m) => m.undertakingSchema), defaultValues: { accept: false } });
  const onSubmit = submitWith((values) => signUndertakingAction(values));
  const error = form.formState.errors.accept?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid="undertaking-form">
      <ProblemBox problem={problem} messages="bid.errors" />
      <div>
        <label className="flex items-start gap-2">
          <input type="checkbox" id="accept" className="mt-1" aria-invalid={error ? true : undefined} aria-describedby={error ? "accept-error" : undefined} {...form.register("accept")} />
          <span>{t("accept")}</span>
        </label>
        {error && (
          <p id="accept-error" className="mt-1 text-sm text-red-700" data-testid="error-accept">
            {tError.has(error) ? tError(error) : tError("invalid")}
          </p>
        )}
      </div>
      <button type="submit" disabled={pending} className={buttonClass("primary", "lg")}>
        {pending ? t("signing") : t("sign")}
      </button>
    </form>
  );
}
