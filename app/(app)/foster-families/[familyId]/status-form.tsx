"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field, inputClass } from "@/components/form/field";
import { ProblemBox } from "@/components/form/problem-box";
import { useAction } from "@/components/form/use-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { FosterVettingStatus } from "@/lib/generated/prisma/enums";
import { changeFosterFamilyStatusAction } from "../actions";

/**
 * The vetting move, closed until asked for: a status change is rare and consequential, so the form
 * opens behind a button and never arrives with a status chosen (the user picks one, even when
 * only one move — e.g. suspension — is possible). Only the moves the state machine allows are
 * offered; the server re-checks.
 */
export function StatusForm({ familyId, version, moves }: { familyId: string; version: number; moves: { to: FosterVettingStatus; reason: boolean }[] }) {
  const t = useTranslations("foster");
  const router = useRouter();
  const { pending, problem, setProblem, run } = useAction();
  const [open, setOpen] = useState(false);
  const [to, setTo] = useState<FosterVettingStatus | "">("");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState<{ status: FosterVettingStatus; flagged: number } | null>(null);
  const needsReason = moves.find((move) => move.to === to)?.reason ?? false;

  const close = () => {
    setOpen(false);
    setTo("");
    setReason("");
    setErrors({});
    setProblem(null);
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const fieldErrors: Record<string, string> = {};
    if (!to) fieldErrors.to = "required";
    if (needsReason && !reason.trim()) fieldErrors.reason = "required";
    setErrors(fieldErrors);
    setProblem(null);
    if (Object.keys(fieldErrors).length) return;
    run(() => changeFosterFamilyStatusAction(familyId, { to, reason, version }), {
      onSuccess: (data) => {
        setDone({ status: data.vettingStatus, flagged: data.flaggedPlacements });
        close();
        router.refresh();
      },
      onFieldErrors: setErrors,
    });
  };

  return (
    <div className="space-y-3">
      {done && (
        <Alert tone="success">
          {t("statusChanged", { status: t(`statuses.${done.status}`) })}
          {done.status === "SUSPENDED" && ` ${t("flagged", { count: done.flagged })}`}
        </Alert>
      )}
      {moves.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noMoves")}</p>
      ) : !open ? (
        <Button variant="secondary" aria-expanded={false} aria-controls="status-form" onClick={() => setOpen(true)} data-testid="open-status-form">
          {t("openStatusForm")}
        </Button>
      ) : (
        <form id="status-form" onSubmit={submit} noValidate className="max-w-xl space-y-3" aria-label={t("statusTitle")}>
          <ProblemBox problem={problem} messages="foster.problems" />
          <Field id="to" label={t("changeTo")} error={errors.to}>
            <select id="to" value={to} onChange={(e) => setTo(e.target.value as FosterVettingStatus)} className={inputClass} aria-invalid={errors.to ? true : undefined}>
              <option value="">{t("chooseStatus")}</option>
              {moves.map((move) => (
                <option key={move.to} value={move.to}>
                  {t(`statuses.${move.to}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="reason" label={needsReason ? `${t("reason")} *` : t("reason")} hint={t("reasonHint")} error={errors.reason}>
            <textarea id="reason" dir="auto" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} className={inputClass} aria-invalid={errors.reason ? true : undefined} />
          </Field>
          <div className="flex flex-wrap gap-3">
            <Button type="submit" disabled={pending}>
              {pending ? t("changing") : t("changeStatus")}
            </Button>
            <Button variant="secondary" onClick={close} disabled={pending}>
              {t("cancel")}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
