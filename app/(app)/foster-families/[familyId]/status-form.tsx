"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { ConflictMessage } from "@/components/case/conflict-message";
import { Field, inputClass } from "@/components/form/field";
import type { FosterVettingStatus } from "@/lib/generated/prisma/enums";
import { changeFosterFamilyStatusAction } from "../actions";

type Problem = "failed" | "notFound" | "vettingNotAllowed" | "invalidState" | "invalidInput";

/** The vetting move: only the moves the state machine allows are offered (the server re-checks). */
export function StatusForm({ familyId, version, moves }: { familyId: string; version: number; moves: { to: FosterVettingStatus; reason: boolean }[] }) {
  const t = useTranslations("foster");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [to, setTo] = useState<FosterVettingStatus | "">(moves.length === 1 ? moves[0].to : "");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [conflict, setConflict] = useState<{ byName: string | null; at: string } | null>(null);
  const [done, setDone] = useState<{ status: FosterVettingStatus; flagged: number } | null>(null);
  const needsReason = moves.find((move) => move.to === to)?.reason ?? false;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const fieldErrors: Record<string, string> = {};
    if (!to) fieldErrors.to = "required";
    if (needsReason && !reason.trim()) fieldErrors.reason = "required";
    setErrors(fieldErrors);
    setProblem(null);
    setConflict(null);
    if (Object.keys(fieldErrors).length) return;
    startTransition(async () => {
      try {
        const result = await changeFosterFamilyStatusAction(familyId, { to, reason, version });
        if (result.ok) {
          setDone({ status: result.data.vettingStatus, flagged: result.data.flaggedPlacements });
          setReason("");
          setTo("");
          router.refresh();
        } else if ("fieldErrors" in result) setErrors(result.fieldErrors);
        else if ("conflict" in result) setConflict(result.conflict);
        else if (result.error === "notFound" || result.error === "invalidInput") setProblem(result.error);
        else setProblem(result.reason === "vettingNotAllowed" ? "vettingNotAllowed" : "invalidState");
      } catch {
        setProblem("failed");
      }
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
      {problem && (
        <p role="alert" data-testid="form-error" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {problem === "invalidInput" ? tErrors("invalidInput") : t(`problems.${problem}`)}
        </p>
      )}
      {conflict && <ConflictMessage byName={conflict.byName} at={conflict.at} />}
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
