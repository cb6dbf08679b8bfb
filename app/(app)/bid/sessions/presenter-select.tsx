"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { FormProblemMessage } from "../_components/form-problem";
import type { FormProblem } from "../_components/use-bid-form";
import { setPresenterAction } from "./actions";

/** Who presents the case (the assigned worker by default); saved as soon as it is changed. */
export function PresenterSelect({
  sessionId,
  agendaItemId,
  version,
  current,
  options,
}: {
  sessionId: string;
  agendaItemId: string;
  version: number;
  current: string | null;
  options: { id: string; name: string }[];
}) {
  const t = useTranslations("bid.sessions");
  const [pending, startTransition] = useTransition();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const id = `presenter-${agendaItemId}`;
  const change = (presenterId: string) =>
    startTransition(async () => {
      setProblem(null);
      try {
        const result = await setPresenterAction(sessionId, agendaItemId, version, presenterId);
        if (result.ok) return;
        if ("conflict" in result) setProblem({ kind: "conflict", ...result.conflict });
        else if ("fieldErrors" in result) setProblem({ kind: "fixErrors" });
        else if (result.error === "invalidState") setProblem({ kind: "invalidState", reason: result.reason ?? "" });
        else setProblem({ kind: result.error === "invalidInput" ? "invalidInput" : "notFound" });
      } catch {
        setProblem({ kind: "failed" });
      }
    });
  return (
    <span className="block text-xs">
      <label htmlFor={id} className="me-1 text-slate-600">
        {t("presenterLabel")}
      </label>
      <select id={id} defaultValue={current ?? ""} disabled={pending} onChange={(e) => change(e.target.value)} className="rounded border border-slate-400 bg-white px-1 py-0.5">
        {!current && <option value="">—</option>}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
      <FormProblemMessage problem={problem} />
    </span>
  );
}
