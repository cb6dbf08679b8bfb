"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field, inputClass } from "@/components/form/field";
import { ProblemBox } from "@/components/form/problem-box";
import { useAction } from "@/components/form/use-action-form";
import type { FosterVettingStatus } from "@/lib/generated/prisma/enums";
import { changeFosterFamilyStatusAction } from "../actions";

/** The vetting move: only the moves the state machine allows are offered (the server re-checks). */
export function StatusForm({ familyId, version, moves }: { familyId: string; version: number; moves: { to: FosterVettingStatus; reason: boolean }[] }) {
  const t = useTranslations("foster");
  const router = useRouter();
  const { pending, problem, setProblem, run } = useAction();
  const [to, setTo] = useState<FosterVettingStatus | "">(moves.length === 1 ? moves[0].to : "");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState<{ status: FosterVettingStatus; flagged: number } | null>(null);
  const needsReason = moves.find((move) => move.to === to)?.reason ?? false;

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
        setReason("");
        setTo("");
        router.refresh();
      },
      onFieldErrors: setErrors,
    });
  };

  return (
    <form onSubmit={submit} noValidate className="max-w-xl space-y-3" aria-label={t("statusTitle")}>
      {done && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          {t("statusChanged", { status: t(`statuses.${done.status}`) })}
          {done.status === "SUSPENDED" && ` ${t("flagged", { count: done.flagged })}`}
        </p>
      )}
      <ProblemBox problem={problem} messages="foster.problems" />
      {moves.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noMoves")}</p>
      ) : (
        <>
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
            <textarea
              id="reason"
              dir="auto"
              rows={2}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              className={inputClass}
              aria-invalid={errors.reason ? true : undefined}
            />
          </Field>
          <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
            {pending ? t("changing") : t("changeStatus")}
          </button>
        </>
      )}
    </form>
  );
}
